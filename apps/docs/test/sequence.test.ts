import { describe, expect, it } from 'vitest';
import {
  parseSequence,
  renderSequenceSvg,
  sequenceSvg,
  SequenceSyntaxError,
} from '../src/lib/sequence.ts';
import { importPackage } from '../src/data/packages.ts';

const FLOW = `sequenceDiagram
    participant DR as Deelnemerregistratie/SIS
    participant TA as Toetsafname
    %% comment
    DR->>+TA: Toetscatalogus opvragen (GET /components)
    activate TA
    Note right of TA: endpoint /a/ooapi/components (GET)
    TA-->>-DR: 200
    deactivate TA
    alt gevonden
      DR-xTA: annuleren
    else niet gevonden
      TA-)DR: async
    end`;

describe('parseSequence', () => {
  it('reads participants with labels, messages with arrow kinds and activation, notes and blocks', () => {
    const d = parseSequence(FLOW);
    expect(d.participants).toEqual([
      { id: 'DR', label: 'Deelnemerregistratie/SIS', kind: 'participant' },
      { id: 'TA', label: 'Toetsafname', kind: 'participant' },
    ]);
    expect(d.events.map((e) => e.type)).toEqual([
      'message',
      'activate',
      'note',
      'message',
      'deactivate',
      'block',
      'message',
      'else',
      'message',
      'end',
    ]);
    expect(d.events[0]).toEqual({
      type: 'message',
      from: 'DR',
      to: 'TA',
      text: 'Toetscatalogus opvragen (GET /components)',
      dashed: false,
      head: 'arrow',
      activate: true,
    });
    expect(d.events[3]).toMatchObject({
      from: 'TA',
      to: 'DR',
      dashed: true,
      head: 'arrow',
      deactivate: true,
      text: '200',
    });
    expect(d.events[2]).toEqual({
      type: 'note',
      placement: 'right of',
      actors: ['TA'],
      text: 'endpoint /a/ooapi/components (GET)',
    });
    expect(d.events[6]).toMatchObject({ head: 'cross', dashed: false });
    expect(d.events[8]).toMatchObject({ head: 'async' });
  });

  it('adds undeclared participants in order of appearance and numbers messages after autonumber', () => {
    const d = parseSequence(
      'sequenceDiagram\nautonumber\nToetsplanning->>Toetsafname: vraag\nToetsafname->>Toetsplanning: antwoord',
    );
    expect(d.participants.map((p) => p.id)).toEqual(['Toetsplanning', 'Toetsafname']);
    expect(d.events.map((e) => (e.type === 'message' ? e.n : null))).toEqual([1, 2]);
  });

  it.each([
    ['graph TD\nA-->B', 1, "verwacht 'sequenceDiagram'"],
    ['sequenceDiagram\nA=>B: x', 2, 'niet ondersteund'],
    ['sequenceDiagram\nend', 2, "'end' zonder open blok"],
    ['sequenceDiagram\nalt x\nA->>B: y', 3, "blok 'alt' niet afgesloten"],
    ['sequenceDiagram\nelse x', 2, "'else' buiten een blok"],
  ])('rejects %j at line %i', (text, line, message) => {
    let err: unknown;
    try {
      parseSequence(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SequenceSyntaxError);
    expect((err as SequenceSyntaxError).line).toBe(line);
    expect((err as Error).message).toContain(message);
  });
});

describe('renderSequenceSvg', () => {
  it('draws every participant twice (top and bottom), every message label, escaped', () => {
    const svg = sequenceSvg(
      'sequenceDiagram\nparticipant A as Alpha & <Beta>\nA->>B: GET /x?a=1&b=2',
      'Titel "x"',
      'flow-9',
    );
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="flow-9-title"',
      ),
    ).toBe(true);
    expect(svg.match(/Alpha &amp; &lt;Beta&gt;/g)).toHaveLength(2);
    expect(svg).toContain('GET /x?a=1&amp;b=2');
    expect(svg).toContain('<title id="flow-9-title">Titel &quot;x&quot;</title>');
    expect(svg).toContain('marker-end="url(#flow-9-arrow)"');
    expect(svg).not.toMatch(/<script|NaN|undefined/);
  });

  it('widens the gap between lifelines so a long label fits', () => {
    const short = renderSequenceSvg(parseSequence('sequenceDiagram\nA->>B: x'), 't');
    const long = renderSequenceSvg(
      parseSequence(`sequenceDiagram\nA->>B: ${'lang bericht '.repeat(10)}`),
      't',
    );
    const width = (s: string): number => Number(/width="(\d+)"/.exec(s)![1]);
    expect(width(long)).toBeGreaterThan(width(short) + 300);
  });

  it('renders every OKE flow diagram the oke package exports', async () => {
    const oke = await importPackage('@edustandaard/oke');
    const flows = (oke?.FLOWS ?? []) as { nummer: number; mermaid: string }[];
    if (flows.length === 0)
      return void console.warn('@edustandaard/oke exporteert nog geen FLOWS: overgeslagen');
    for (const f of flows) {
      const svg = sequenceSvg(f.mermaid, `Flow ${f.nummer}`, `f${f.nummer}`);
      expect(svg).toContain('</svg>');
      expect(svg).not.toMatch(/NaN|undefined/);
    }
  });
});
