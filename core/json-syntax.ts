/**
 * Where a JSON text first breaks the grammar, as a plain sentence with line and column. V8's own JSON.parse
 * messages quote a raw, possibly multi-line slice of the text and often give no position, so they are not shown
 * to a person. Only called after JSON.parse has already failed.
 */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

export function locateJsonError(text: string): JsonSyntaxError {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Located(i, reason);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const shown = () =>
    i >= text.length ? 'the text ends too early' : `unexpected character ${JSON.stringify(text[i])}`;
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(shown());
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a string is not closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail('a string holds a raw control character (write it as an escape such as \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('a string holds an invalid escape');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail(shown());
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail('the values are nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(i >= text.length ? shown() : `expected a property name in quotes, found ${JSON.stringify(text[i])}`);
        string();
        ws();
        if (text[i] !== ':')
          fail(i >= text.length ? shown() : `expected ":" after a property name, found ${JSON.stringify(text[i])}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail(i >= text.length ? shown() : `expected "," or "}", found ${JSON.stringify(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail(i >= text.length ? shown() : `expected "," or "]", found ${JSON.stringify(text[i])}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(shown());
  };
  let reason = 'the text is not valid JSON';
  let offset = text.length;
  try {
    value(0);
    ws();
    if (i < text.length) fail(`more text after the end of the JSON value (${JSON.stringify(text[i])})`);
  } catch (err) {
    if (!(err instanceof Located)) throw err;
    reason = err.reason;
    offset = err.offset;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { offset, line, column, reason };
}

class Located extends Error {
  readonly offset: number;
  readonly reason: string;

  constructor(offset: number, reason: string) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
  }
}
