import { describe, expect, it } from 'vitest';
import { detectNonEnglish } from './language.js';

describe('detectNonEnglish', () => {
  it.each([
    ['Nosso conector do Salesforce parou de sincronizar e agora mostra "reautorização necessária". O que devemos fazer?', 'por'],
    ['Depuis la rotation du certificat de notre IdP, la connexion SSO affiche « Invalid SAML response ». Que faut-il faire ?', 'fra'],
    ['Ich habe mein Handy mit der Authenticator-App verloren und kann mich nicht anmelden', 'deu'],
    ['Perdí mi teléfono con la app de autenticación, ¿cómo entro a la cuenta?', 'spa'],
    ['ログインできません', 'other'],
  ])('names the language of %j', (text, code) => {
    expect(detectNonEnglish(text)).toBe(code);
  });

  it.each(['api returns 401 invalid key', 'i lsot my autenticator how 2 logn', 'cant log in keeps saying invalid email or password but i KNOW its right', 'lost my phone'])('leaves English (even terse or misspelt) alone: %j', (text) => {
    expect(detectNonEnglish(text)).toBeUndefined();
  });
});
