import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, readYamlFile, validateYamlFile } from './yaml-file.js';

function file(text: string): string {
  const filePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-yaml-')), 'settings.yaml');
  fs.writeFileSync(filePath, text);
  return filePath;
}

describe('readYamlFile and validateYamlFile', () => {
  const schema = z.object({ groups: z.array(z.object({ name: z.string() })) });

  it('read and validate a YAML file', () => {
    const filePath = file('groups:\n  - name: a\n');
    expect(validateYamlFile(schema, readYamlFile(filePath, 'Glossary'), filePath, 'Glossary')).toEqual({ groups: [{ name: 'a' }] });
  });

  it('name the file, the label and the fix when it is not YAML or cannot be read', () => {
    const broken = file('groups: [\n');
    expect(() => readYamlFile(broken, 'Glossary', 'Fix the file or set GLOSSARY_PATH.')).toThrow(new RegExp(`^Glossary ${broken} cannot be read as YAML: .+\\. Fix the file or set GLOSSARY_PATH\\.$`, 's'));
    expect(() => readYamlFile(path.join(os.tmpdir(), 'no-such-support-bot.yaml'), 'Assist questions')).toThrow(/^Assist questions .*no-such-support-bot\.yaml cannot be read as YAML: ENOENT.*\.$/s);
  });

  it('name every field to fix, with the verb that agrees with the label', () => {
    const filePath = file('groups:\n  - name: 3\n');
    expect(() => validateYamlFile(schema, readYamlFile(filePath, 'Assist questions'), filePath, 'Assist questions', 'are')).toThrow(`Assist questions ${filePath} are invalid: groups.0.name: Invalid input: expected string, received number.`);
  });
});

describe('describeIssues', () => {
  it('gives path: message for each issue, joined by "; "', () => {
    const result = z.object({ a: z.string(), b: z.number() }).safeParse({ a: 1, b: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toBe('a: Invalid input: expected string, received number; b: Invalid input: expected number, received string');
  });
});
