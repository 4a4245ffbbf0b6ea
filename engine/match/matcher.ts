import { stripInvisible } from '../text/invisible-chars';
import { subjectFor } from '../text/one-byte-view';
import { isOtherScript } from '../text/scripts';
import { lazyPattern, lowerSet } from '../text/regex-parts';
import { sentencesOf, type Sentences } from '../text/sentences';
import { lineAround } from '../text/line-around';
import { createLoneSurnameReader, type LoneSurnameReading } from '../rules/lone-surname';
import {
  deniesKinshipAfter,
  isComparedBySpeaker,
  deniesKinshipToOursAfter,
  deniesKinshipNext,
  deniesKinshipWithOther,
  isNamedInPassing,
} from '../rules/kinship-denials';
import { isIntroducedAsKin, isNamedAsKin } from '../rules/relatives';
import { EMPLOYER_HINT } from '../rules/employer-titles';
import { isDoubleBarrelled } from '../rules/double-barrelled';
import { namesFirmWithLegalForm } from '../rules/firm-names';
import { tellsOurStory } from '../rules/story-words';
import { citedInitialBefore, citesAuthorAt, citesPaperOfHisAt } from '../rules/author-lists';
import { bareHandleAt } from '../rules/bare-handles';
import { isChangelog } from '../rules/changelogs';
import { isLikenedToNamesake } from '../rules/spellings-said';
import { isInChatLine } from '../rules/chat-lines';
import { isOnRecordRow, personRecordRow } from '../rules/record-rows';
import { createMisspellingFinder } from '../rules/misspellings';
import { cheeredSurnameStart, createGluedNameReader } from '../rules/glued-names';
import { createNicknameReader } from '../rules/nicknames';
import { isOnAttendanceLine, isOrdinaryTitled, isTitledBefore, isTitledTradesman } from '../rules/titled-people';
import { isAlternative, isFormUnderOwnKey, isQuotedListItem } from '../rules/code-values';
import { isOtherBearer } from '../rules/indefinitely-named';
import { isApposedAsNamesake, isCalledAsNamesakeBefore, isDefinedAsNamesake } from '../rules/appositions';
import { isThoughtOfForAMoment } from '../rules/namesake-comparisons';
import { introducesNamesake } from '../rules/introduced-namesake';
import { isFullNamePickedOut } from '../rules/picked-out-bearers';
import {
  isAgedAsNoneOfOurs,
  isSetApartFromOurs,
  isDescribedAsNamesake,
  isOrdinaryPersonAround,
  isPlacedInCommunity,
  isPlacedInOwnCommunity,
  isResultOrAgeAfter,
  mayNameNamesakeAgain,
  hasChairRightBefore,
  hasOfficeRightBefore,
} from '../rules/ordinary-person-signs';
import {
  everydayParagraphs,
  isFamilyHistory,
  isFamilyParagraph,
  isOrdinarySentence,
  isPlainlyOrdinary,
  isSearchedName,
  ordinaryWorldOf,
  type OrdinaryWorld,
} from '../rules/ordinary-news';
import { questionAnswered } from '../rules/quiz-answers';
import { isStorySearchLine } from '../rules/search-lines';
import { isSignedWithTown } from '../rules/sign-offs';
import { isQuotationSpeaker, speakerLabelAt } from '../rules/speakers';
import { isFullNameEntry } from '../rules/name-entries';
import { STORY_CAST } from '../rules/document-topic';
import { addressReader, isCodeIdentifier, isInPathLikeToken, isInPattern } from '../rules/url-spans';
import { createNameScanner, personOf } from './name-scanner';
import type { MatchablePerson, Matcher } from './mention';
import { isSomeoneElse, SUPPORT, type MentionKind, type Support } from './mention-kind';
import type { Found } from './candidates';
import { keyOf, isSpeltAsOurs, spellingOf } from './surname-spellings';
import {
  anyAffirmedIn,
  anyIn,
  CONTEXT,
  EMPLOYERS,
  itemBounds,
  namesakeWorldIn,
  isWorldTerm,
  namesakeWorldOf,
  type WorldTerm,
  positionsOf,
  TURN_HINT,
  wordsSupport,
} from './support-words';
import {
  asksHowNameIsFound,
  hasCourtesyTitle,
  hasOtherWorldRole,
  isNotThatOneAfter,
  isQuoted,
  quotedTitleEnd,
} from './written-around';
import {
  markKeys,
  markLists,
  markNamedAgain,
  markOrdinaryCast,
  markRespellings,
  markStoryPairs,
} from './candidate-marks';
import {
  withoutAskedWhich,
  withoutCitedNamesakes,
  withoutMembers,
  withoutNamesakeWorlds,
  withoutNamesTalkedOf,
  withoutTitledNamesakes,
} from './candidate-filters';
import { withOusterTold, withStoryTold } from './story-support';
import { withMisspellings } from './misspelt-candidates';
import { isSurnameSetAside } from './surnames-set-aside';

/**
 * The matcher: every candidate mention of our people in a text, each read where it stands as the scanner finds it,
 * then the whole text's passes over them all (candidate-marks.ts, candidate-filters.ts, misspelt-candidates.ts).
 */

const KIND_BY_LETTER = { f: 'full', h: 'handle', s: 'surname', o: 'namesake' } as const;
const INITIAL = lazyPattern(() => /^\p{L}\.\s*/u);
// A lower-case word right after a lone surname: its verb, where the surname is its clause's subject.
const VERB_NEXT = lazyPattern(() => /^[^\S\n]+\p{Ll}{2,}/u);
// A first name and a surname written as one word ("SamAltman"), which only hashtags do: "janleike" in code is
// an identifier or an account name without its "@".
const JOINED = /^[^\s._-]+$/u;

const KIND_BY_READING: Record<LoneSurnameReading, MentionKind | undefined> = {
  namesake: 'namesake',
  other: 'namesake',
  firm: 'namesake',
  relative: 'relative',
  kin: 'namesake',
  plural: undefined,
  word: undefined,
  inverted: 'full',
  title: 'surname',
  surname: 'surname',
};

export function createMatcher<Id extends string>(people: readonly MatchablePerson<Id>[]): Matcher<Id> {
  const nextName = createNameScanner(people);
  /** Whether `text` names `STORY_CAST` or more of our people in full. */
  const namesStoryCast = (text: string) => {
    const cast = new Set<number>();
    for (let m = nextName(text, 0); m && cast.size < STORY_CAST; m = nextName(text, m.index + m.text.length)) {
      if (m.group.endsWith('f')) cast.add(personOf(m.group));
    }
    return cast.size >= STORY_CAST;
  };
  const misspellings = createMisspellingFinder(people);
  const ourSurnames = people.flatMap((p) => p.names.surnames);
  const ourSet = lowerSet(ourSurnames);
  // Each surname as his own texts spell it, without the misprints and case forms the knowledge also gives.
  const canonical = lowerSet(people.map((p) => p.names.surnames[0] ?? ''));
  // Round 26: and as another script writes it ("Пахоцкий", "סוצקבר"): how that language spells him, no misprint and no
  // query's word, whatever its sentence says of its sound.
  const otherScripts = lowerSet(ourSurnames.filter(isOtherScript));
  const readers = people.map((p) => createLoneSurnameReader(p.names, ourSurnames));
  const nicknames = people.map((p) => createNicknameReader(p.names));
  const gluedNames = people.map((p) => createGluedNameReader(p.names));
  const surnames = people.map((p) => p.names.surnames.map((s) => s.toLowerCase()));
  const givenOf = new Map(people.map((p) => [p.id, lowerSet(p.names.given)]));
  // Round 73: each person's first names and surnames, in lower case, by which a gloss names his relative.
  const ownNames = people.map((p) => lowerSet([...p.names.given, ...p.names.surnames]));
  const bareHandles = people.map((p) => lowerSet(p.names.bareHandles));
  const allBareHandles = lowerSet(people.flatMap((p) => p.names.bareHandles));
  const writesPapers = people.map((p) => p.names.writesPapers);
  const distinctSpellings = people.map((p) => lowerSet(p.names.distinctSurnames ?? []));
  // Round 92: a namesake's world is his alone; club sport's is every bearer's.
  const worldTerms = people.map((p) => namesakeWorldOf(p.id));
  // A line of searches a search page sets off with its dots ("sutskever leike · sutskever net worth"), not a data
  // row's commas or semicolons.
  const onStorySearchLine = (text: string, f: Found<Id>) =>
    lineAround(text, f.start, f.end, 300).some((side) => /[·•]/u.test(side)) &&
    isStorySearchLine(text, f.start, f.end, givenOf.get(f.person)!, ourSet);

  return {
    find(original) {
      const { text, toOriginal } = stripInvisible(original);
      // These read the whole text, and most texts name nobody: found on the first candidate only.
      let inAddress: ((start: number, end: number) => boolean) | undefined;
      let context: number[] | undefined;
      let employers: number[] | undefined;
      let namesakeWorld: WorldTerm[] | undefined;
      // Where each person's namesake world stands here, by his index: his namesake's words and club sport's.
      const worldPlaces: number[][] = [];
      const worldOf = (index: number) =>
        (worldPlaces[index] ??= (namesakeWorld ??= namesakeWorldIn(text))
          .filter((term) => isWorldTerm(worldTerms[index]!, term))
          .map((term) => term.at));
      // Read only of a text with a full name and no AI word: whether it is a changelog's (round 20).
      let changelog: boolean | undefined;
      // The sentences about a namesake's world that have a lone surname, and whose namesake's world each is: unless
      // they name one of ours in full.
      let namesakeWorldSentences: Map<number, Set<Id>> | undefined;
      // The people whose first full name here introduced a namesake's own story (round 27).
      let introduced: Set<Id> | undefined;
      // Round 71: the people whose last full name here was given a namesake's life, by where it ended.
      let livesHere: Map<Id, number> | undefined;
      // Round 150: the people of whom a namesake was given an age none of ours has, with none of ours named in full
      // since.
      let agedNamesakes: Set<Id> | undefined;
      // Round 150: the labels of a transcript's turns read as such a namesake's ("ALTMAN").
      let namesakeLabels: Set<string> | undefined;
      // Read only of a text with no AI word: whether it is a family history or a club's or family's news (null: none).
      let ordinaryWorld: OrdinaryWorld | null | undefined;
      let plainlyOrdinary: boolean | undefined;
      const ordinaryWorldHere = () => (ordinaryWorld ??= ordinaryWorldOf(text) ?? null);
      // Whether it is a family history, whatever else it speaks of: asked of a text with AI words (round 18).
      let familyHistory: boolean | undefined;
      const familyHistoryHere = () => (familyHistory ??= isFamilyHistory(text));
      // Where the text names our people's employer, read once for lone surnames' support and cited posts.
      const employersHere = () => (employers ??= EMPLOYER_HINT.test(text) ? positionsOf(EMPLOYERS(), text) : []);
      // Whether a name's paragraph is about an ordinary world, a craft's, a farm's, an obituary's, with no AI word
      // (round 20).
      // Round 52: nor is one that names three or more of ours in full, the cast of our story: a newsroom's count of
      // its articles on them, whose „Treffer“ and „Newsletter“ are a club's words too.
      let everyday: ((start: number, end: number) => boolean) | undefined;
      const isEverydayHere = (start: number, end: number) =>
        (everyday ??= everydayParagraphs(text, context!, (p) => tellsOurStory(p) || namesStoryCast(p)))(start, end);
      // Round 75: a surname that opens a record of a person with no AI word on its row, a club's member list or its
      // results ("0207;Leike;Jan;2003;Bogen", "Leike, Jan - 3:12"), names the member, whatever the text says of AI
      // elsewhere; a record of ours names his employer on the row ("Sutskever,Ilya,OpenAI,2015").
      // Its member is the one the text names in full again, where it tells no story of ours ("Thanks to Sam Altman
      // for the marshalling"), as one given an ordinary life is.
      const isOrdinaryRecord = (start: number, end: number, person: Id) => {
        const row = personRecordRow(text, start, end);
        if (row === undefined || anyIn((context ??= positionsOf(CONTEXT(), text)), ...row)) return false;
        (signedOrdinary ??= new Set()).add(person);
        return true;
      };
      // Our people whose surname the text gives once to a titled man plainly someone ordinary (round 19).
      let ordinaryTitled: Set<Id> | undefined;
      // Our people whose full name the text gives an ordinary life of its own, an age, a trade, a results line, where
      // its item has no AI word (round 23).
      let signedOrdinary: Set<Id> | undefined;
      // The lone surnames on an attendance line with no AI word: dropped unless listed with another of ours.
      let onAttendance: Set<Found<Id>> | undefined;
      // The namesakes quoted as items of a list in code or data: `exclude: - "Robert Altman"` (round 20).
      let listItems: Found<Id>[] | undefined;
      // The lone surnames that cite a paper's first author, of ours who write none (round 28).
      let cited: Set<Found<Id>> | undefined;
      // Whether the text has a turn by which a writer sees that someone else was meant (round 18).
      let turns: boolean | undefined;
      let sentences: Sentences | undefined;
      // The lower-case names the text uses as keys in code or fields of data rows ("sutskever,1874").
      let keys: Set<string> | undefined;
      let keyed: Set<Id> | undefined;
      let found: Found<Id>[] = [];
      for (let m = nextName(text, 0); m; m = nextName(text, m.index + m.text.length)) {
        let start = m.index;
        const end = start + m.text.length;
        inAddress ??= addressReader(text);
        if (inAddress(start, end) || isInPathLikeToken(text, start, end)) continue;
        const index = personOf(m.group);
        // A handle without its "@" ("sama said …") is weak evidence, judged as a lone surname is.
        // A handle without its "@" that joins first name and surname ("janleike") is found as the full name is: a bare
        // handle where the knowledge gives it as one, not a hashtag (round 23).
        const bare =
          m.group.endsWith('b') ||
          (m.group.endsWith('f') && text[start - 1] !== '#' && bareHandles[index]!.has(m.text.toLowerCase()));
        let kind: MentionKind | undefined = bare
          ? 'surname'
          : KIND_BY_LETTER[m.group.at(-1) as keyof typeof KIND_BY_LETTER];
        // Round 74: a hashtag that cheers for the surname ("#TeamLeike") names him alone, no namesake.
        const cheered = kind === 'namesake' ? cheeredSurnameStart(m.text, start) : undefined;
        if (cheered !== undefined) {
          start = cheered;
          kind = 'surname';
        }
        if (kind !== 'handle' && isCodeIdentifier(text, start, end)) {
          (keys ??= new Set()).add(keyOf(m.text));
          (keyed ??= new Set()).add(people[index]!.id);
          continue;
        }
        if (
          kind !== 'handle' &&
          kind !== 'full' &&
          (isInPattern(text, start, end) || isAlternative(text, start, end) || isFormUnderOwnKey(text, start, ourSet))
        )
          continue;
        if (kind === 'surname' && isSurnameSetAside(text, start, end, bare, writesPapers[index]!, canonical)) continue;
        sentences ??= sentencesOf(text);
        const bareCase = bare
          ? bareHandleAt(
              text,
              start,
              end,
              ...sentences.bounds(sentences.indexAt(start)),
              isInChatLine(text, start),
              allBareHandles,
            )
          : undefined;
        if (bare && !bareCase) continue;
        if (kind === 'full' && JOINED.test(subjectFor(JOINED, text).slice(start, end)) && text[start - 1] !== '#')
          continue;
        // An initial stands for many first names: "S. Altman" is weak evidence, judged as the surname alone. A
        // lower-case "s." in "(s. Altman 2023)" is German for "see", and no part of the mention.
        let initial = kind === 'full' && m.text.includes('.') ? INITIAL().exec(m.text)?.[0] : undefined;
        if (initial) {
          if (initial[0] === initial[0]!.toLowerCase()) start += initial.length;
          // Round 113: someone indefinite, known from elsewhere by the initial as by a first name: "belongs to a J.
          // Leike in the chemistry department" is nobody's surname the document speaks of.
          else if (isOtherBearer(text, start, end)) continue;
          kind = 'surname';
        } else if (kind === 'surname' && !bare) {
          // "J Leike" in a citation's author list: the initial is part of the mention, as in "J. Leike".
          initial = citedInitialBefore(text, start);
          if (initial) start -= initial.length;
          // "Samuel Harris „Sam“ Altman": the full name, its quoted nickname inside; "PodcastIlya Sutskever": the full
          // name, glued to the word before it (round 31).
          const nicknamed = initial ? undefined : (nicknames[index]!(text, start) ?? gluedNames[index]!(text, start));
          if (nicknamed !== undefined) {
            start = nicknamed;
            kind = 'full';
          }
        }
        let support: Support = kind === 'namesake' ? SUPPORT.NONE : SUPPORT.TITLE;
        const sentence = sentences.indexAt(start);
        if (kind === 'full' && isFullNameEntry(text, end)) continue;
        if (kind === 'full' && isNamedInPassing(text, start, end)) kind = 'passing';
        // "Jan Leike-Hoffmann" is someone else; "Sam-Altman-Interview", first name joined too, is a compound. So is
        // "Sam Altman (no, not that one …)".
        if (
          kind === 'full' &&
          ((!m.text.includes('-') && isDoubleBarrelled(text, start, end, ourSet)) || isNotThatOneAfter(text, end))
        ) {
          kind = 'namesake';
          support = SUPPORT.NONE;
        }
        let firm = false;
        // An age or a birth year none of ours has, "Jan Leike, 84, of Milwaukee passed away", gives the full name to
        // someone else, whatever its sentence says of AI (round 23, a marking rule).
        // So does the writer who sets him apart from ours: "my late husband Sam Altman", "(not the AI guy)" (round 40),
        // or signs a letter with a town (round 67).
        const aged = kind === 'full' && isAgedAsNoneOfOurs(text, start, end);
        if (kind === 'full' && (aged || isSetApartFromOurs(text, start, end) || isSignedWithTown(text, start, end))) {
          kind = 'namesake';
          support = SUPPORT.NONE;
          firm = true;
          (signedOrdinary ??= new Set()).add(people[index]!.id);
        }
        // Round 71: so is a later full name of one given a life none of ours has, with no AI word from there to its
        // own item's end: the namesake named again („Abschied von Jan Leike * 3. Februar 1939 … allen, die Jan Leike
        // … begleitet haben“).
        const person = people[index]!.id;
        if (kind === 'full' && livesHere?.has(person) && mayNameNamesakeAgain(text, start)) {
          context ??= positionsOf(CONTEXT(), text);
          const [, itemEnd] = itemBounds(text, start, end, sentences.bounds(sentence));
          if (!anyIn(context, livesHere.get(person)!, itemEnd)) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
          }
        }
        if (aged || (kind === 'namesake' && livesHere?.has(person))) (livesHere ??= new Map()).set(person, end);
        else if (kind === 'full') livesHere?.delete(person);
        if (aged) (agedNamesakes ??= new Set()).add(person);
        else if (kind === 'full') agedNamesakes?.delete(person);
        let role = false;
        let courtesy = false;
        let chat = false;
        let attendance = false;
        let listItem = false;
        let kin = false;
        let otherOne = false;
        // "Jan Leike – „nicht verwandt, nicht verschwägert“" in a sentence with no AI word sets himself apart from
        // ours: a namesake who takes no lone surname after him. With one, the writer sets ours apart from someone
        // else ("Sam Altman of OpenAI, no relation"). Round 161: nor is one German's „mit“ compares the speaker
        // with, „Mit Sam Altman bin ich nicht verwandt“, whose denial is the speaker's.
        // So does a full name in a results line or with an age ("1. Jan Leike (Harbor Prep) 49.88", "Jakub
        // Pachocki, 41, said"): a local athlete or shop owner, unless the sentence speaks of AI.
        // Round 73: not an age that is his own by the birth year a source gives ("Sam Altman, 39, answered with his
        // mother").
        // So is one after a minor's age or before a professional's licence or an everyday trade ("der 17-jährige
        // Jakub Pachocki", "Dr. Jakub Pachocki, DDS", "jakub pachocki dentist"), unless its item speaks of AI (round 18).
        // Round 90: so is one set apart from ours, whatever AI words stand near: said to be no kin of ours ("Jakub
        // Pachocki, 17 (no relation to OpenAI's chief scientist)"); round 97: or picked out by "the" and a clause of
        // no world of ours ("I'm the Sam Altman who will photograph your wedding. That Sam Altman runs OpenAI"); round
        // 113: or given a namesake's calling in an apposition („Jan Leike, den Tischtennisspieler“); round 127: or
        // before him with his home town („den Tischtennisspieler Jan Leike aus Nordmoor“); round 161: or said to be
        // one of such a calling („Jan Leike (* 1991 in Ibbenbüren) ist ein deutscher Tischtennisspieler“).
        const setApartFromOurs =
          kind === 'full' &&
          (deniesKinshipToOursAfter(text, end) ||
            isFullNamePickedOut(text, start, end, ourSet) ||
            isApposedAsNamesake(text, end) ||
            isDefinedAsNamesake(text, end) ||
            isCalledAsNamesakeBefore(text, start, end) ||
            isPlacedInOwnCommunity(text, end));
        if (
          kind === 'full' &&
          (setApartFromOurs ||
            (deniesKinshipAfter(text, end) && !isComparedBySpeaker(text, start, end)) ||
            isResultOrAgeAfter(text, end, people[index]!.id) ||
            isOrdinaryPersonAround(text, start, end) ||
            isDescribedAsNamesake(text, end) ||
            isOtherBearer(text, start, end))
        ) {
          context ??= positionsOf(CONTEXT(), text);
          if (setApartFromOurs || !anyIn(context, ...itemBounds(text, start, end, sentences.bounds(sentence)))) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
            (signedOrdinary ??= new Set()).add(people[index]!.id);
          }
        }
        // Round 145: so is one after a local office whatever AI words stand near, as none of ours holds a seat in a
        // town hall: „Anfrage Ratsherr Jan Leike (FWG) zum Einsatz eines KI-Chatbots“. The councillor's minutes go on
        // with his lone surname („Leike berichtet …“), as a namesake's own story does. Round 165: so is one after a
        // chair's title, „Prof. Dr. Jan Leike (Geographie) ist nicht identisch mit …“.
        if (kind === 'full' && (hasOfficeRightBefore(text, start) || hasChairRightBefore(text, start))) {
          kind = 'namesake';
          support = SUPPORT.NONE;
        }
        // A namesake's own story: the text's first naming of the person gives him a livelihood or a home town, and
        // the text speaks of the one he is taken for. He is its subject (no firm namesake: its lone surnames are his),
        // and so is each later full name of the person whose item has no AI word ("SAM ALTMAN (guest):"; round 27).
        if (kind === 'full') {
          const id = people[index]!.id;
          // The cheap reading of its neighbours first: a page of thousands of names walks its candidates only here.
          if (introduced?.has(id) || (introducesNamesake(text, start, end) && !found.some((f) => f.person === id))) {
            context ??= positionsOf(CONTEXT(), text);
            if (!anyIn(context, ...itemBounds(text, start, end, sentences.bounds(sentence)))) {
              kind = 'namesake';
              support = SUPPORT.NONE;
              (introduced ??= new Set()).add(id);
            }
          }
        }
        if (kind === 'full' || kind === 'passing') {
          context ??= positionsOf(CONTEXT(), text);
          // A changelog's people are those its app shows: ours by their names, with no AI word (round 20).
          if (!context.length && !(changelog ??= isChangelog(text))) support = SUPPORT.NONE;
          // A family history that speaks of AI somewhere: a full name in a paragraph of its families, or quoted as
          // searched for ('when I googled "Jan Leike"'), is theirs (round 18).
          // So is one in a paragraph about an ordinary world, where another paragraph, or another block of the page,
          // speaks of AI (round 20); unless it sets ours apart from a namesake there ("Sam Altman ist mit dem
          // Tischler nicht verwandt").
          if (
            kind === 'full' &&
            ((context.length &&
              familyHistoryHere() &&
              (isFamilyParagraph(text, start, end, context) || isSearchedName(text, start))) ||
              (isEverydayHere(start, end) && !deniesKinshipWithOther(text, end)))
          ) {
            kind = 'namesake';
            support = SUPPORT.NONE;
            firm = true;
          }
          role = kind === 'full' && hasOtherWorldRole(text, start, end);
          // With no AI word near, a family or a ball game is the world the name lives in.
          // "Sam Altman ist mit dem Regisseur nicht verwandt" sets ours apart from the namesake's world (round 17).
          if (kind === 'full' && !role && support === SUPPORT.NONE && !deniesKinshipWithOther(text, end)) {
            role =
              isNamedAsKin(text, start) ||
              anyIn(worldOf(index), ...sentences.bounds(sentence)) ||
              ordinaryWorldHere() !== null;
          }
          // Round 58: in a text plainly about an ordinary world, with no AI word, a full name is its member's even
          // where three of ours are named: a bowling league's roundup, a youth team's report.
          if (kind === 'full' && role && !context.length && (plainlyOrdinary ??= isPlainlyOrdinary(text))) {
            kind = 'namesake';
            support = SUPPORT.NONE;
          }
        } else if (kind === 'surname') {
          const reading = bare ? 'surname' : readers[index]!(text, start, end, initial !== undefined);
          firm = reading === 'firm';
          kin = reading === 'kin';
          otherOne = reading === 'other';
          kind = KIND_BY_READING[reading];
          if (!kind) continue;
          // Round 150: a namesake given an age none of ours has, "Gary Altman, 61," is the speaker of the report's
          // quotations after him (`speakers.ts`).
          // A turn's label his once is his throughout, wherever ours is named between: „ALTMAN: Genau.“
          const id = people[index]!.id;
          const label = kind === 'surname' ? speakerLabelAt(text, start, end) : undefined;
          if (isSomeoneElse(kind) && isAgedAsNoneOfOurs(text, start, end)) (agedNamesakes ??= new Set()).add(id);
          else if (
            kind === 'surname' &&
            ((agedNamesakes?.has(id) && (label !== undefined || isQuotationSpeaker(text, start, end))) ||
              (label !== undefined && namesakeLabels?.has(label)))
          ) {
            kind = 'namesake';
            firm = true;
            if (label !== undefined) (namesakeLabels ??= new Set()).add(label);
          }
          // Written alone or inverted ("Leike,Jan,1712"), a surname that opens a record of a person (round 75).
          if (
            !bare &&
            (reading === 'surname' || reading === 'inverted') &&
            isOrdinaryRecord(start, end, people[index]!.id)
          )
            kind = 'namesake';
          if (isSomeoneElse(kind)) {
            support = SUPPORT.NONE;
            // "Herr Dr. Altman (Mathematik)": a titled man his own words make someone else (round 19).
            if (hasCourtesyTitle(text, start)) (ordinaryTitled ??= new Set()).add(people[index]!.id);
          } else if (reading === 'surname') {
            courtesy = hasCourtesyTitle(text, start);
            // Chat writes names in lower case: "sutskever just posted" under "maya 8:02 PM".
            const written = text.slice(start, end);
            chat = written === written.toLowerCase() && isInChatLine(text, start);
            const [from, to] = sentences.bounds(sentence);
            if (isQuoted(text, start, end) && asksHowNameIsFound(text, start, from, to)) continue;
            context ??= positionsOf(CONTEXT(), text);
            // In a family history with no AI word, a surname is the family's: "my own Leike line", "nothing under
            // Pachocki", "Altman / Pachocki families of Łódź" (round 17).
            // So is one in a family history's paragraph of its families, where another speaks of AI (round 18).
            if (familyHistoryHere() && (!context.length || isFamilyParagraph(text, start, end, context))) continue;
            // So is one in a paragraph about another ordinary world, with no AI word (round 20).
            if (isEverydayHere(start, end)) continue;
            // Round 109: and one in a text plainly about an ordinary world with no AI word anywhere, where two of ours
            // on one line would tell a story: a chess league's "Pachocki's win over Altman in round 6".
            if (!context.length && (plainlyOrdinary ??= isPlainlyOrdinary(text))) continue;
            turns ??= TURN_HINT.test(text);
            support = wordsSupport(text, start, end, [from, to], context, employersHere(), turns);
            // Round 166: a paper of one of ours who writes papers, cited by "et al." and a year in a text that speaks
            // of AI besides its citations, is his whoever of that name the page names: "Reward models after Leike et
            // al. (2018)" below a councillor Leike's welcome.
            if (
              support === SUPPORT.SENTENCE &&
              writesPapers[index] &&
              context.some((at) => !text.startsWith('et', at) && !text.startsWith('u.', at)) &&
              citesPaperOfHisAt(text, end, people[index]!.names.surnames)
            )
              support = SUPPORT.TITLE;
            // Round 79: AI words in other paragraphs, near or far, are no support for one set in an ordinary world.
            if ((support === SUPPORT.TEXT || support === SUPPORT.NEAR) && isOrdinarySentence(text, from, to, context))
              support = SUPPORT.NONE;
            // With no AI word in the text, our surnames before a legal form name a firm: "Leike & Pachocki GbR". Round
            // 161: so is the subject of a verb with no AI word near after a namesake given an age none of ours has, and
            // no full name of ours between: "Sam Altman, 72, says he is ready. … Altman opened the shop with his late
            // wife"; not an item of a list ("Navigation: Altman · Sutskever").
            if (
              support === SUPPORT.NONE &&
              (namesFirmWithLegalForm(text, end, ourSet) ||
                (agedNamesakes?.has(people[index]!.id) && VERB_NEXT().test(text.slice(end, end + 24))))
            ) {
              kind = 'namesake';
              firm = true;
            }
            // "Mr. Leike (advisor)", "Led by Mr. Altman and Ms. Grell": a titled man plainly someone ordinary; not where
            // his sentence names our people's employer, as news styles name ours: "gemeinsam mit Herrn Altman, Herrn
            // Brockman und anderen OpenAI zu gründen" (round 37, real text).
            if (
              courtesy &&
              support < SUPPORT.EMPLOYER &&
              isOrdinaryTitled(text, start, end, givenOf.get(people[index]!.id), ourSet)
            ) {
              (ordinaryTitled ??= new Set()).add(people[index]!.id);
              continue;
            }
            // "Zahnarztpraxis Dr. Pachocki – Ihr Zahnarzt": a titled tradesman, unless his sentence speaks of AI (round 23).
            if (support < SUPPORT.SENTENCE && isTitledBefore(text, start) && isTitledTradesman(text, start, end)) {
              kind = 'namesake';
              support = SUPPORT.NONE;
            }
            // "Leike from down our street": placed in an ordinary community, someone else, unless his sentence speaks
            // of AI (round 20).
            if (support < SUPPORT.SENTENCE && isPlacedInCommunity(text, end)) {
              kind = 'namesake';
              support = SUPPORT.NONE;
            }
            attendance = support < SUPPORT.SENTENCE && isOnAttendanceLine(text, start, end, context);
            // In capitals it may be an acronym ("SAMA", a central bank): ours only with AI words near it.
            if (bareCase === 'capitals' && support < SUPPORT.NEAR) continue;
            // A sentence about a namesake's world, films or poems or a league, and not about AI, is about him: no
            // mention, though too weak to make the lone surnames around it his. A quoted spelling and a hashtag are
            // judged as such; a quoted title by the words of its own (round 80).
            const quoted = isQuoted(text, start, end);
            const titleEnd = quoted ? quotedTitleEnd(text, start, end) : undefined;
            // A quoted spelling not his own, likened to a namesake right after it, is the namesake's (round 23): „Oder
            // „Sutzkever“ wie der jiddische Dichter?“. Said of what was written about ours („„Sutzkever“ – so hieß
            // der Dichter“), it stays his, as the round 20 rule has it.
            if (
              quoted &&
              support < SUPPORT.SENTENCE &&
              !isSpeltAsOurs(written, canonical) &&
              isLikenedToNamesake(text, end)
            )
              continue;
            if (support < SUPPORT.SENTENCE && (!quoted || titleEnd !== undefined) && text[start - 1] !== '#') {
              const world = worldOf(index);
              // A quiz's answer is judged by its question: "The Yiddish poet … was Abraham ____. → Sutzkever" (round 18).
              const question = world.length ? questionAnswered(text, start) : undefined;
              if (
                (titleEnd === undefined ? anyIn(world, from, to) : anyIn(world, end, titleEnd)) ||
                (question && anyIn(world, ...question) && !anyIn(context, ...question))
              ) {
                const worlds = (namesakeWorldSentences ??= new Map());
                worlds.set(sentence, (worlds.get(sentence) ?? new Set()).add(people[index]!.id));
              }
            }
          }
        }
        // A namesake of whom his sentence says he had nothing to do with AI is set apart from our people's world:
        // he names no one ahead of him ("…, Altman habe ‚die KI-Branche geprägt‘. Der Regisseur Robert Altman hatte
        // mit KI nichts zu tun"; round 18). Round 71: so is one whose own denial of kinship the next sentence
        // reports: "… signed by one D. Altman of Fairview, asks why … (No relation, he adds.)". Round 145: so is one
        // the reader thought of for a moment, „dachte ich kurz an Robert Altman“.
        if (kind === 'namesake' && !firm) {
          context ??= positionsOf(CONTEXT(), text);
          const [from, to] = sentences.bounds(sentence);
          firm =
            anyAffirmedIn(text, context, end, to, true) ||
            isIntroducedAsKin(text, from, start, end, ownNames[index]!) ||
            deniesKinshipNext(text, to) ||
            isThoughtOfForAMoment(text, start);
          listItem = !firm && isQuotedListItem(text, start, end);
        }
        const spelling = kind === 'handle' ? undefined : spellingOf(text.slice(start, end), surnames[index]!);
        const candidate: Found<Id> = {
          person: people[index]!.id,
          start,
          end,
          kind,
          support,
          sentence,
          paragraph: sentences.paragraphOf(sentence),
          spelling,
          ...(firm && { firm }),
          ...(kin && { kin }),
          ...(otherOne && { otherOne }),
          quoted: kind === 'surname' && isQuoted(text, start, end),
          ...(kind === 'surname' && courtesy && { courtesy }),
          ...((kind === 'surname' || kind === 'full' || isSomeoneElse(kind)) &&
            isTitledBefore(text, start) && { titled: true }),
          ...(role && { role }),
          ...(bare && { bare }),
          ...(chat && { chat }),
          ...(isSomeoneElse(kind) && isOnRecordRow(text, start) && { dataRow: true }),
          // Round 65 (real text): not in a text that speaks of a namesake's world, where the poet's life is told
          // under his YIVO spelling ("Sutskever was born in Smorgon … wrote poetry in Hebrew").
          ...(kind === 'surname' &&
            distinctSpellings[index]!.has(spelling!) &&
            !worldOf(index).length && { distinct: true }),
        };
        found.push(candidate);
        // Round 162: not one whose line names our people's employer, a post he signed: "S. Altman (2023): Planning for
        // AGI and beyond. OpenAI-Blog".
        if (kind === 'surname' && !bare && !writesPapers[index] && citesAuthorAt(text, end)) {
          const lineEnd = text.indexOf('\n', end);
          if (!anyIn(employersHere(), end, lineEnd < 0 ? text.length : lineEnd)) (cited ??= new Set()).add(candidate);
        }
        if (attendance) (onAttendance ??= new Set()).add(candidate);
        if (listItem) (listItems ??= []).push(candidate);
      }
      // A list that sets namesakes apart from one of ours named in full here, strings a tool leaves out, names no one
      // ahead of them: "# NB: Altman's handle …" under `exclude: - "Robert Altman"` is ours (round 20).
      for (const f of listItems ?? []) f.firm ||= found.some((g) => g.kind === 'full' && g.person === f.person);
      if (cited) found = withoutCitedNamesakes(found, cited);
      // A text with no AI word and no word of our story that treats a bearer of our full name as an ordinary person
      // elsewhere, by his first name alone, an age or an apposition, names a namesake (round 21).
      if (context?.length === 0 && !changelog && found.some((f) => f.kind === 'full'))
        markOrdinaryCast(text, found, signedOrdinary);
      found = withOusterTold(text, withStoryTold(text, found));
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.EMPLOYER))
        markStoryPairs(text, found, sentences!);
      if (found.some((f) => f.kind === 'surname' && f.support < SUPPORT.TITLE)) markNamedAgain(text, found);
      // A handle without its "@" is read only in a text that names one of ours otherwise, as a misspelling is: the
      // prefilter has no stem for it (prefilter.ts), so a page wakes the engine only where another name stands.
      if (found.some((f) => f.bare) && found.every((f) => f.bare)) found = [];
      // A family history with no AI word spells its families' names as its registers did („auch als „Leicke“ und
      // „Laike““): no misspellings of ours, whose full names there are the families' too (round 21).
      if (
        found.some((f) => f.kind === 'full' || f.kind === 'handle' || f.kind === 'surname') &&
        !(context?.length === 0 && familyHistoryHere())
      ) {
        found = withMisspellings(
          text,
          found,
          people,
          misspellings,
          sentences!,
          (start, end) =>
            familyHistoryHere() && isFamilyParagraph(text, start, end, (context ??= positionsOf(CONTEXT(), text))),
        );
      }
      found = withoutNamesTalkedOf(text, found, canonical, otherScripts);
      if (keys) markKeys(text, found, keys, keyed ?? new Set(), onStorySearchLine);
      if (found.some((f) => f.courtesy)) found = withoutTitledNamesakes(text, found, sentences!, ordinaryTitled);
      markLists(text, found);
      if (onAttendance) found = withoutMembers(found, onAttendance);
      markRespellings(text, found, canonical);
      if (namesakeWorldSentences) found = withoutNamesakeWorlds(found, namesakeWorldSentences);
      if (found.some((f) => f.kind === 'namesake')) found = withoutAskedWhich(text, found);
      return found.map((f) => ({
        ...f,
        start: toOriginal(f.start),
        end: toOriginal(f.end - 1) + 1,
        sentences: sentences!.count,
      }));
    },
  };
}
