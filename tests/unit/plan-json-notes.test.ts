/** Plan JSON checks added for notes, lone surrogates and syntax errors a person can act on. */
import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { loneSurrogateIssues } from '../../contract/well-formed.ts';
import { locateJsonError } from '../../core/json-syntax.ts';
import { parsePlanJson, parsePlanJsonBytes, stringifyPlan } from '../../core/plan-json.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

// The test edits raw plan JSON freely, as a person with a text editor would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawPlan = Record<string, any>;

function planWith(mutate: (doc: RawPlan) => void): string {
  const doc = JSON.parse(stringifyPlan(samplePlanDocument())) as RawPlan;
  doc.notes = [
    { id: 'n-1', itemId: doc.objectives[0].id, kind: 'question', text: 'Why?', createdAt: '2027-01-31T09:30:00Z' },
    { id: 'n-2', itemId: doc.tactics[0].id, kind: 'proposal', text: 'Do it 🙂', createdAt: '2027-01-31T09:30:00Z' },
  ];
  mutate(doc);
  return JSON.stringify(doc);
}

function refusal(text: string): HoshinError {
  try {
    parsePlanJson(text, 'plan.json');
  } catch (err) {
    if (err instanceof HoshinError) return err;
    throw err;
  }
  throw new Error('expected the plan to be refused');
}

describe('plan JSON notes', () => {
  it('accepts notes on an objective, a goal and a tactic', () => {
    const doc = parsePlanJson(planWith((d) => d.notes.push({ ...d.notes[0], id: 'n-3', itemId: d.goals[0].id })));
    expect(doc.notes.map((n) => n.id)).toEqual(['n-1', 'n-2', 'n-3']);
  });

  it('refuses a note id used twice, or used by another item', () => {
    expect(refusal(planWith((d) => (d.notes[1].id = 'n-1'))).issues).toContainEqual({
      path: 'notes[1].id',
      message: 'duplicate id "n-1" (already used at notes[0])',
    });
    expect(refusal(planWith((d) => (d.notes[0].id = d.goals[0].id))).issues?.[0]?.path).toBe('notes[0].id');
  });

  it('refuses a note about a department, a note, or nothing at all', () => {
    for (const itemId of ['d-support', 'n-2', 'no-such-item']) {
      const err = refusal(planWith((d) => (d.notes[0].itemId = itemId)));
      expect(err.issues).toEqual([
        { path: 'notes[0].itemId', message: `no objective, goal or tactic has id "${itemId}"` },
      ]);
    }
  });
});

describe('lone surrogates', () => {
  it('are refused with the path of the string, wherever it is', () => {
    const err = refusal(planWith((d) => (d.objectives[2].title = 'Lift \ud800 CSAT')));
    expect(err.message).toBe(
      'plan.json is not a valid Hoshin plan: objectives[2].title: contains an invalid character (a lone surrogate)',
    );
    expect(refusal(planWith((d) => (d.tactics[1].tags = ['ok', 'bad\udc00']))).issues).toEqual([
      { path: 'tactics[1].tags[1]', message: 'contains an invalid character (a lone surrogate)' },
    ]);
    expect(refusal(planWith((d) => (d.notes[1].text = 'cut 🙂'.slice(0, -1)))).issues?.[0]?.path).toBe('notes[1].text');
  });

  it('lets a valid surrogate pair through unchanged', () => {
    expect(parsePlanJson(planWith(() => {})).notes[1]!.text).toBe('Do it 🙂');
    expect(loneSurrogateIssues({ a: ['😀', { b: '\ud83d\ude00' }] })).toEqual([]);
    expect(loneSurrogateIssues({ ['k\ud800']: 1 })).toEqual([
      { path: '$', message: 'has a key that contains an invalid character (a lone surrogate)' },
    ]);
  });
});

describe('JSON syntax errors', () => {
  it('name the line and column in one plain line, never the parser’s raw slice of the text', () => {
    const err = refusal('{\n  "format": "hoshin-plan",\n  "departments": [\n    ,\n  ]\n}');
    expect(err.message).toBe('plan.json is not valid JSON: line 4, column 5: unexpected character ","');
    expect(locateJsonError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12, reason: 'the text ends too early' });
    expect(locateJsonError('{"a" 1}').reason).toBe('expected ":" after a property name, found "1"');
    expect(locateJsonError('{"a": "x\ny"}').reason).toMatch(/raw control character/);
    expect(locateJsonError('[1] 2').reason).toBe('more text after the end of the JSON value ("2")');
    expect(locateJsonError('[01]').reason).toBe('expected "," or "]", found "1"');
  });
});

describe('plan JSON bytes', () => {
  it('are strict UTF-8: bytes that are not text are refused with their offset, not replaced', () => {
    const text = stringifyPlan(samplePlanDocument());
    const good = Buffer.from(text, 'utf8');
    expect(parsePlanJsonBytes(good, 'plan.json').plan.id).toBe('sample-cx-2027');
    expect(parsePlanJsonBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good])).plan.id).toBe('sample-cx-2027');
    const at = text.indexOf('Customer');
    const bad = Buffer.from(good);
    bad[at] = 0xff;
    expect(() => parsePlanJsonBytes(bad, 'plan.json')).toThrow(
      `plan.json is not valid JSON: it is not UTF-8 text (byte ${at})`,
    );
    // An encoded surrogate half (ED A0 80) is not UTF-8 either.
    const surrogate = Buffer.concat([good.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), good.subarray(at)]);
    expect(() => parsePlanJsonBytes(surrogate, 'plan.json')).toThrow(/not UTF-8 text \(byte \d+\)/);
  });
});
