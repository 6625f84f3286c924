import { describe, expect, it } from 'vitest';
import { cleanTicket } from './clean-ticket.js';

describe('cleanTicket', () => {
  it('keeps the customer text of a Gmail-style reply and drops greeting, sign-off, attribution and quotes', () => {
    const ticket = [
      'Hi Planasonix team,',
      '',
      'Our CI job gets 401 Unauthorized since this morning.',
      '',
      'Thanks,',
      'Tom',
      'Acme Data Team',
      '+1 555 0100',
      '',
      'On Fri, 7 Mar 2025 at 09:12, Planasonix Support <support@planasonix.com>',
      'wrote:',
      '> Hi Tom, please check the Authorization header for trailing whitespace.',
      '> Best, Support',
    ].join('\n');
    expect(cleanTicket(ticket)).toBe('Our CI job gets 401 Unauthorized since this morning.');
  });

  it('drops an Outlook-style earlier message from Planasonix staff but keeps the customer’s earlier message', () => {
    const ticket = [
      'Still failing, sorry.',
      '',
      'From: Planasonix Support <support@planasonix.com>',
      'Sent: Monday, 10 March 2025 10:00',
      'Subject: RE: login',
      '',
      'Hello Jane, re-import the IdP metadata after certificate rotation.',
      '',
      '-----Original Message-----',
      'From: Jane Doe <jane@acme.example>',
      'Subject: login',
      '',
      'Okta login keeps redirecting in a loop.',
      '-- ',
      'Jane Doe, Acme',
      'Sent from my iPhone',
    ].join('\n');
    expect(cleanTicket(ticket)).toBe('Still failing, sorry.\nOkta login keeps redirecting in a loop.');
  });

  it('makes list items and short lines sentences of their own, and joins hard-wrapped lines', () => {
    const ticket = [
      'We found two problems with the login after the weekend and the', // hard-wrapped (long, no punctuation)
      'migration of our identity provider:',
      '- okta login keeps redirecting in a loop',
      '* my password doesn’t work',
      '',
      'Urgent',
    ].join('\n');
    expect(cleanTicket(ticket)).toBe(
      ['We found two problems with the login after the weekend and the migration of our identity provider:', 'Okta login keeps redirecting in a loop.', 'My password doesn’t work.', 'Urgent.'].join('\n'),
    );
  });

  it('keeps what follows a "Thanks for …" opener when it is not a signature', () => {
    expect(cleanTicket('Thanks for the quick reply!\nThe key still fails with 401.\nJane')).toBe('The key still fails with 401.\nJane.');
  });

  it('strips a greeting at the start of a line but keeps the rest of it', () => {
    expect(cleanTicket('Hey team, our invite expired.')).toBe('Our invite expired.');
    expect(cleanTicket('Hi I lost my phone')).toBe('Hi I lost my phone.');
  });

  it('cleans the quoted text when the whole ticket is a quote', () => {
    expect(cleanTicket('> Hi,\n> Our key returns 403 forbidden.\n> Thanks')).toBe('Our key returns 403 forbidden.');
  });

  it('returns an empty string when nothing but noise is left', () => {
    expect(cleanTicket('Hi team,\n\nThanks,\nJane')).toBe('');
  });
});
