import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../engine/match/matcher';
import { MentionIndex, rangeOf, type MarkSink } from '../../../../engine/marks/mention-index';
import type { Candidate } from '../../../../engine/marks/mention-record';
import { findInBlocks } from '../../../../engine/rules/document-mentions';
import { findInBlockTexts } from '../../../../engine/match/block-texts';
import { textBlocks } from '../../../../engine/blocks/text-blocks';
import { namedPeople } from '../../../../knowledge/names';

const matcher = createMatcher(namedPeople);
const noMarks: MarkSink = { show() {}, hide() {} };

describe('MentionIndex', () => {
  it('hands the surname rules its blocks in document order, whatever order they were read in', () => {
    document.body.innerHTML =
      '<h1>Zahnärztin Dr. Maria Leike setzt auf KI</h1><p>Leike nutzt seit Mai einen KI-Assistenten.</p>';
    const [heading, paragraph] = [...textBlocks(document.body)];
    const index = new MentionIndex(noMarks);
    // As after a change to the heading: it is read again, after the paragraph.
    index.addBlock(paragraph!, matcher.find(paragraph!.text));
    index.addBlock(heading!, matcher.find(heading!.text));
    index.resolve();
    // The namesake in the heading comes first on the page, so the lone surname after it is hers.
    expect(index.counts()).toEqual({});
    document.body.innerHTML = '';
  });

  it('shows what the surname rules show for the same blocks read as text: quoted, listed, courtesy-titled, role-named, keys, bare handles, namesake spellings and data rows', () => {
    const pages = [
      ['Bernd Leike (* 1961), Handballtrainer', 'Navigation: Altman · Sutskever · Leike · Pachocki'],
      [
        'Schreibweisen: Ilya Sutskever – mit „ts“. NICHT „Sutzkever“ (so heißt der Dichter Abraham Sutzkever).',
        'Im Genitiv: „Sutskevers Abschied“.',
      ],
      // Courtesy titles in minutes that name none of ours: ordinary people, also where an item speaks of AI.
      ['Anwesend: Frau Leike, Herr Pachocki, Herr Altman', 'Herr Altman fragt, ob die Schule KI-Chatbots nutzt.'],
      // A full name in a sports position, in a document that names nothing of ours: a namesake.
      ['Goaltender Sam Altman made 34 saves.', '“I just tried to stay square,” Altman said.'],
      // A lone surname before a full name in a sports position in its sentence: the namesake's, though AI words stand
      // near it (the full name read as a namesake keeps its person on the page as in text).
      ['Altman, who builds AI chatbots for scouts, cheered as goaltender Sam Altman made 34 saves.'],
      // Lower-case surnames named as the keys the block's data uses: whom the data is about, never shown.
      ['Ilya Sutskever left OpenAI.', 'Data: {"sutskever": 241, "altman": 198}. Columns: sutskever, altman.'],
      // A handle without its "@" after a namesake of the surname: a namesake has no handle.
      [
        'RNA (3) – Sidney Altman’s Nobel molecule',
        'OPENAI (6) – Lab of ChatGPT',
        'SAMA (4) – the OpenAI CEO’s handle, without the @',
      ],
      // A namesake on a data row names no one on the next row (round 44): the flag survives the record's cells.
      [
        '2024-05-17;Kurier;"Leike: Sicherheit zurückgestellt";"Sam Altman";kritisch',
        '2024-05-18;Kultur;"Robert Altman und das Kino";"Robert Altman";positiv',
        '2024-05-20;Tagesblick;"Was Altman jetzt beweisen muss";"Altman";kritisch',
      ],
    ];
    for (const page of pages) {
      document.body.innerHTML = page.map((text) => `<p>${text}</p>`).join('');
      const index = new MentionIndex(noMarks);
      const blocks = [...textBlocks(document.body)];
      // The candidates as the background gives them for the page's batch of blocks.
      const found = findInBlockTexts(
        matcher,
        blocks.map((block) => block.text),
      );
      blocks.forEach((block, i) => index.addBlock(block, found[i]!));
      index.resolve();
      const shown = index.mentionsOf(undefined).map((m) => rangeOf(m)?.toString());
      expect(shown).toEqual(
        findInBlocks(matcher, page).map(({ block, mention }) => page[block]!.slice(mention.start, mention.end)),
      );
    }
    document.body.innerHTML = '';
  });

  it("tells the sink of a container's first shown mention before it, and of its last after it, and keeps no count elsewhere", () => {
    document.body.innerHTML =
      '<p>Sam Altman und Jan Leike schrieben.</p><p>Ilya Sutskever schwieg.</p><p>Das Wetter blieb schön.</p>';
    const [first, second] = document.querySelectorAll('p');
    const heard: string[] = [];
    const name = (node: Node) => (node === first ? 'first' : 'second');
    const index = new MentionIndex({
      show: (m) => void heard.push(`show ${name(m.container)}`),
      hide: (m) => void heard.push(`hide ${name(m.container)}`),
      container: (container, shown) => void heard.push(`${shown ? 'shown' : 'none'} ${name(container)}`),
    });
    for (const block of textBlocks(document.body)) index.addBlock(block, matcher.find(block.text));
    index.resolve();
    expect(heard).toEqual(['shown first', 'show first', 'show first', 'shown second', 'show second']);
    expect([...index.shownContainers()]).toEqual([first, second]);
    expect(index.hasShown(first!) && index.hasShown(second!)).toBe(true);
    heard.length = 0;
    index.forget(first!);
    expect(heard).toEqual(['hide first', 'hide first', 'none first']);
    expect(index.hasShown(first!)).toBe(false);
    expect([...index.shownContainers()]).toEqual([second]);
    document.body.innerHTML = '';
  });

  it('keeps a mention in a few numbers, without a reference to its text nodes, and still ranges over them', () => {
    document.body.innerHTML =
      '<p>Heute schrieb Sam <strong>Altman</strong> und Jan <a href="#">Leike</a>’s Team antwortete.</p><p>Ilya Sutskever schwieg, Altman nicht.</p>';
    const index = new MentionIndex(noMarks);
    for (const block of textBlocks(document.body)) index.addBlock(block, matcher.find(block.text));
    index.resolve();
    const mentions = index.mentionsOf(undefined);
    expect(mentions.map((m) => rangeOf(m)?.toString())).toEqual([
      'Sam Altman',
      'Jan Leike’s',
      'Ilya Sutskever',
      'Altman',
    ]);
    // A reference to a node keeps the browser's wrapper of it alive (16 bytes each, two per mention); a mention
    // is no object of its own but numbers in its block's record, read through a handle of two fields.
    for (const mention of mentions) {
      const fields = Object.values(mention);
      expect(fields.some((value) => value instanceof Node && value.nodeType === Node.TEXT_NODE)).toBe(false);
      expect(fields.length).toBeLessThanOrEqual(2);
    }
    document.body.innerHTML = '';
  });

  it('numbers each mention once: every handle of it agrees, and a block read again gets numbers never given before', () => {
    document.body.innerHTML = '<p>Sam Altman und Jan Leike schrieben.</p><p>Ilya Sutskever schwieg.</p>';
    const index = new MentionIndex(noMarks);
    const read = (root: Node) => {
      for (const block of textBlocks(root)) index.addBlock(block, matcher.find(block.text));
      index.resolve();
    };
    read(document.body);
    const [first, second] = [index.mentionsOf(undefined), index.mentionsOf(undefined)];
    expect(first.map((m) => m.id)).toEqual(second.map((m) => m.id));
    expect(new Set(first.map((m) => m.id)).size).toBe(3);
    expect(first[0]).not.toBe(second[0]);
    expect(index.mentionsOf('leike').map((m) => m.id)).toEqual([first[1]!.id]);

    const paragraph = document.querySelector('p')!;
    index.forget(paragraph);
    expect(index.mentionsOf(undefined).map((m) => m.id)).toEqual([first[2]!.id]);
    // A handle kept from before still reads its own mention, now hidden, and no other.
    const kept = first[0] as Candidate;
    expect([kept.person, kept.shown, rangeOf(kept)?.toString()]).toEqual(['altman', false, 'Sam Altman']);
    read(paragraph);
    const again = index.mentionsOf(undefined).map((m) => m.id);
    expect(again).toHaveLength(3);
    expect(again.filter((id) => first.some((m) => m.id === id))).toEqual([first[2]!.id]);
    document.body.innerHTML = '';
  });

  it('ranges over a name far into a long text node, past what its packed numbers hold', () => {
    const filler = 'und so weiter '.repeat(3_000);
    document.body.innerHTML = `<p>${filler}schrieb Sam <b>Altman</b></p>`;
    const index = new MentionIndex(noMarks);
    for (const block of textBlocks(document.body)) index.addBlock(block, matcher.find(block.text));
    index.resolve();
    const [mention] = index.mentionsOf(undefined);
    expect(mention!.startOffset).toBe(filler.length + 'schrieb '.length);
    expect(rangeOf(mention!)?.toString()).toBe('Sam Altman');
    document.body.innerHTML = '';
  });

  it('has no range over a mention whose text a page script shortened before the next batch read it', () => {
    document.body.innerHTML = '<p id="ticker">Heute: Sam Altman</p>';
    const index = new MentionIndex(noMarks);
    for (const block of textBlocks(document.body)) index.addBlock(block, matcher.find(block.text));
    index.resolve();
    const [mention] = index.mentionsOf(undefined);
    expect(rangeOf(mention!)?.toString()).toBe('Sam Altman');
    (mention!.startNode as Text).data = 'Heute';
    expect(rangeOf(mention!)).toBeUndefined();
    document.body.innerHTML = '';
  });
});
