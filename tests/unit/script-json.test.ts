import { describe, expect, test } from 'vitest';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('scriptJson', () => {
  const hostile = {
    title: 'A</script><b>INJECTED</b>',
    summary: '<img src=x onerror=alert(1)> & <!-- comment',
    separators: 'one\u2028two\u2029three',
  };

  test('writes nothing that could close a script or begin markup', () => {
    const json = scriptJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).not.toContain('</script');
    expect(scriptJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });

  test('reads back as the very same value', () => {
    expect(JSON.parse(scriptJson(hostile))).toEqual(hostile);
  });

  test('writes null for what JSON has no text for', () => {
    expect(scriptJson(undefined)).toBe('null');
  });
});
