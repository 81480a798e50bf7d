import { findPhrases, pickedUp, type Analysis, type Sentence, type Span } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

const TIME = [
  'today',
  'tonight',
  'tomorrow',
  'this morning',
  'this afternoon',
  'this evening',
  'end of day',
  'end of the day',
  'by eod',
  'eod',
  'end of the week',
  'this week',
  'next week',
  'within the hour',
  'within an hour',
  'in an hour',
  'in two hours',
  'by noon',
  'by lunchtime',
  'by lunch',
  'first thing',
  'right away',
  'straight away',
  'right now',
  // When a change to one's own process starts.
  'from now on',
  'going forward',
  'from today',
  'from tomorrow',
  'starting today',
  'starting tomorrow',
  'from next week',
  'from the next',
  // "The new labels are printing now": a fix already under way.
  'now',
  'by monday',
  'by tuesday',
  'by wednesday',
  'by thursday',
  'by friday',
  'on monday',
  'on tuesday',
  'on wednesday',
  'on thursday',
  'on friday',
  'before the',
  'by the',
];
const TIME_PATTERN = /\b(\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}:\d{2}|by \d{1,2}\b|within \d+ (minutes|hours|days))/i;

// ---- accountability ----------------------------------------------------------------------

const OWNERSHIP = [
  'my mistake',
  'my error',
  'my fault',
  'my bad',
  "that's on me",
  'that is on me',
  'it was me',
  'came from me',
  'my responsibility',
  'my process',
  'my own process',
  'my check',
  'my checks',
  "i should've",
  'i take responsibility',
  'i take full responsibility',
  "i'm responsible",
  'i am responsible',
  'i own',
  'i should have',
  "i shouldn't have",
  "i didn't",
  'i did not',
  'i got',
  'i made',
  'i missed',
  'i forgot',
  'i overlooked',
  'i failed',
  'i used',
  'i double-counted',
  'i double counted',
  'i sent',
  'i messed up',
  'i left',
  'i mixed up',
  'i misread',
  'i let',
  'i broke',
  'i included',
  'i counted',
  'i copied',
  'i skipped',
  'i wrote',
  'i put',
  'i entered',
  'i pulled',
];
const APOLOGY = ["i'm sorry", 'i am sorry', 'i apologise', 'i apologize', 'my apologies', 'sorry', 'i regret'];
const DEFLECTION = [
  'not my fault',
  "wasn't my fault",
  'was not my fault',
  "wasn't * my fault",
  'was not * my fault',
  "isn't my fault",
  "isn't * my fault",
  'not * my fault',
  'not on me',
  "wasn't on me",
  // The non-apology: a mistake with no one who made it.
  'mistakes were made',
  'errors were made',
  'mistakes happen',
  'these things happen',
  'sent me the wrong',
  'gave me the wrong',
  'sent us the wrong',
  'gave us the wrong',
  "it wasn't me",
  'someone else',
  'nobody told me',
  'no one told me',
  'i was told',
  'they told me',
  'they gave me',
  'they sent me',
  "they didn't",
  'they did not',
  'the system',
  'the spreadsheet',
  'the template',
  'the formula',
  'the tool',
  'the data team',
  'the other team',
  'their fault',
  'his fault',
  'her fault',
  'because of them',
  'because they',
  'blame',
  'to be fair',
  'in my defence',
  'in my defense',
  "wasn't clear",
  'was unclear',
  'everyone does',
  'happens to everyone',
  'not a big deal',
  'not that bad',
  'technically',
];
const REPAIR = [
  "i'll",
  'i will',
  "i've already",
  'i have already',
  "i'm going to",
  'i am going to',
  "i'm fixing",
  "i've fixed",
  'i have fixed',
  "i'm correcting",
  "i've corrected",
  'i have corrected',
  "i'll send",
  'i plan to',
  'let me fix',
  'i can fix',
  'i can have',
  'i can send',
  'i can get',
  "i'd like to fix",
  'i want to fix',
  // A fix already made or started: "I've pulled the trays", "I've rebooked it".
  ...`pulled swapped replaced called rung emailed asked told booked rebooked arranged updated reprinted sent flagged
  contacted spoken reissued reverted rerun re-run withdrawn recalled removed set`
    .split(/\s+/)
    .flatMap((verb) => [`i've ${verb}`, `i have ${verb}`, `i've already ${verb}`, `i have already ${verb}`]),
];

export function detectAccountability(reply: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    const deflect = findPhrases(s, DEFLECTION);
    // "The spreadsheet" is only deflection when it is the subject doing the damage, not "I fixed the spreadsheet".
    const blaming = deflect.filter((d) => !/^the /i.test(d.text) || !/\bi\b/i.test(s.text.slice(0, d.start - s.start)));
    out.push(...label(blaming, 'deflects'));
    // "It wasn't really my fault" denies what "my fault" would own.
    const owning = findPhrases(s, OWNERSHIP).filter((o) => !blaming.some((d) => d.start <= o.start && o.end <= d.end));
    out.push(...label(owning, 'owns_with_i'));
    out.push(...label(findPhrases(s, APOLOGY).slice(0, 1), 'apologises'));
    const repair = findPhrases(s, REPAIR);
    out.push(...label(repair, 'repair_plan'));
    if (repair.length) out.push(...label(timeSpans(s), 'repair_time'));
  }
  return out;
}

function timeSpans(s: Sentence): Span[] {
  const spans = findPhrases(s, TIME);
  const m = TIME_PATTERN.exec(s.text);
  if (m) spans.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
  return spans;
}

// ---- specific feedback -------------------------------------------------------------------

const SITUATION = [
  'yesterday',
  'last week',
  'this week',
  'this morning',
  'on monday',
  'on tuesday',
  'on wednesday',
  'on thursday',
  'on friday',
  'in the meeting',
  'in the',
  'at the',
  'during the',
  'on the',
  'when the',
  'for the',
  'earlier today',
  'last month',
  'this sprint',
  'last sprint',
];
const IMPACT = [
  'in the end',
  'which meant',
  'that meant',
  'this meant',
  'it meant',
  'so i',
  'so we',
  'so the',
  'as a result',
  'because of that',
  'the impact',
  'impacted',
  'affected',
  'which left',
  'that left',
  'i had to',
  'we had to',
  'i ended up',
  'we ended up',
  'delayed',
  'pushed back',
  "couldn't",
  'could not',
  'missed our',
  'put us',
  'held up',
  'blocked',
  'caused',
];
const INVITATION = [
  'what happened',
  'how do you see',
  'how did you see',
  'what do you think',
  'your side',
  'your view',
  'your take',
  'what was going on',
  "what's going on",
  'help me understand',
  'how was it for you',
  'what got in the way',
  'what would help',
  'how can we',
  'what can we',
  'how should we',
  'i want to hear',
];
const GLOBAL_LABELS = [
  'you always',
  'you never',
  "you're always",
  'you are always',
  "you're never",
  'you are never',
  "you're so",
  "you're too",
  "you're lazy",
  "you're careless",
  "you're unreliable",
  'you are unreliable',
  'you are careless',
  'every single time',
  'every time you',
  'typical of you',
  'as usual',
];

export function detectFeedbackSpecificity(reply: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(...label(findPhrases(s, SITUATION).slice(0, 1), 'names_situation'));
    out.push(...label(findPhrases(s, IMPACT), 'names_impact'));
    out.push(...label(findPhrases(s, INVITATION), 'invites_response'));
    out.push(...label(findPhrases(s, GLOBAL_LABELS), 'global_label'));
    // Behaviour: "you" followed by a concrete verb, e.g. "you sent", "you didn't flag".
    const m =
      /\byou (didn't |did not |hadn't |haven't |weren't |wasn't )?([a-z]+ed|sent|told|said|left|missed|took|gave|made|went|kept|forgot|set|put|let|ran|did|cut|spoke|wrote|came|brought|spent|held|began|shut|hit|sat|stood|got|threw|chose|spoke over|talked over)\b/i.exec(
        s.text,
      );
    if (m)
      out.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        text: m[0],
        label: 'names_behaviour',
      });
  }
  for (const q of questions) {
    if (
      q.kind === 'open' &&
      /\byou|\byour/i.test(q.sentence.text) &&
      !out.some((f) => f.label === 'invites_response')
    ) {
      out.push({ ...q.sentence, label: 'invites_response' });
    }
  }
  return out;
}

// ---- networking --------------------------------------------------------------------------

const HOOK = [
  'your talk',
  'your panel',
  'your session',
  'the panel',
  'the talk',
  'the session',
  'the keynote',
  'the conference',
  'the event',
  'i enjoyed',
  'i loved',
  'i noticed',
  'i saw',
  'i heard you',
  'you mentioned',
  'you said',
];
const OFFER = [
  'happy to',
  'glad to',
  'i could introduce',
  'i can introduce',
  'introduce you',
  'i could send',
  'i can send',
  "i'll send",
  'i could share',
  'i can share',
  "i'll share",
  'i could help',
  'i can help',
  'would it help',
  'i know someone',
  'i know a',
  'let me send',
  'let me introduce',
  'put you in touch',
  'connect you',
  "i'd be glad",
  'i would be glad',
  'i could put',
  'i can put',
  'if it helps',
  'if that helps',
  'i have a',
  'i wrote',
];
const NEXT_STEP = [
  "let's",
  'let us',
  'shall we',
  'could we',
  'can we',
  'would you be up for',
  'grab a coffee',
  'coffee',
  'lunch',
  'connect on',
  'linkedin',
  'follow up',
  'follow-up',
  'send you',
  'email you',
  'catch up',
  'after the session',
  'after the keynote',
  'next week',
  'drop you a line',
  'stay in touch',
  'keep in touch',
  'your card',
  'my card',
  'set up a call',
  'a quick call',
  'meet up',
  'carry on',
];

export function detectNetworking(reply: Analysis, context: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(...label(findPhrases(s, HOOK), 'hook'));
    out.push(...label(findPhrases(s, OFFER), 'offer'));
    out.push(...label(findPhrases(s, NEXT_STEP), 'next_step'));
  }
  const picked = pickedUp(reply.terms, context.terms);
  out.push(...label(picked.slice(0, 3), 'hook'));
  for (const q of questions) {
    // Any open question is interest in them; a closed one counts when it is about them.
    if (q.kind === 'open' || /\byou|\byour/i.test(q.sentence.text)) out.push({ ...q.sentence, label: 'interest' });
  }
  return out;
}
