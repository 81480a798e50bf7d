/** Networking: a hook in the moment, interest in the person, an offer of value, a next step. */
import { rule } from './rule';

/** A proposal with no time in it, from its first word to "sometime": "let's grab a coffee sometime". */
const SOMETIME =
  /\b(let's|let us|shall we|could we|can we|we should|grab|coffee|lunch|catch up|meet up|a call|a chat)\b[^.!?]*?\b(sometime|some time|at some point|one of these days|some day|someday)\b/i;

export const hook = rule({
  id: 'networking.hook',
  check: 'networking/hook',
  effect: 'supports',
  unless: ['in the event that', 'in the event of'],
  match: [
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
  ],
  why: 'Connects to the moment or to what they said.',
  examples: {
    match: ['I enjoyed your talk on freight.', 'You mentioned the pilot.'],
    noMatch: ['Hi, I sell software.'],
  },
});

export const offer = rule({
  id: 'networking.offer',
  check: 'networking/offer',
  effect: 'supports',
  // "Always happy to help however I can" offers nothing in particular: it could be said to anyone.
  unless:
    /\b(happy|glad) to help( out)?( (however|wherever|whenever) (i|we) can| in any way| with anything| if (you|i) (ever )?(need|can)\b)[^.!?]*|\b(i|we) can help( you)? (however|in any way|with anything)[^.!?]*/i,
  match: [
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
    // What the speaker can do for them, in plain words: "I might be able to tell you who signs those off".
    'i might be able to',
    'i may be able to',
    'i could tell you',
    'i can tell you',
    'i could walk you through',
    'i can walk you through',
    'i could show you',
    'i can show you',
    'i could take a look',
    'i can take a look',
    "i'll take a look",
    "i'll go through",
    'i could go through',
    'i can go through',
    "i'd be happy to",
    'in case it helps',
    "in case it's useful",
    "if it's useful",
    // Something already given or brought along: "I've attached the summary", "I can bring you the sample".
    "i've attached",
    'i have attached',
    'attached is',
    "i've included",
    'i can bring',
    'i could bring',
    "i'll bring",
    "i'll take it back to",
    'i could set up',
    'i can set up',
    "i'll set up",
  ],
  why: 'Gives something: an introduction, a resource, help.',
  examples: {
    match: [
      "I'd be glad to introduce you to Mei.",
      'I can send you the paper.',
      'I might be able to tell you who signs those off.',
    ],
    noMatch: ['Can you send me your deck?', 'Always happy to help however I can.'],
  },
});

export const nextStep = rule({
  id: 'networking.next_step',
  check: 'networking/next_step',
  effect: 'supports',
  // "Let's just stop building the brand altogether" mocks; it proposes nothing. "Let's grab a coffee sometime"
  // proposes no time: it is a pleasantry, not a way to carry on.
  // "Let's hope the beef is better" and "let's be honest" propose nothing either.
  unless: new RegExp(
    `\\blet's just (stop|scrap|forget|drop)\\b|\\blet's (hope|see|face it|be honest|not kid|just say|say)\\b|${SOMETIME.source}`,
    'i',
  ),
  match: [
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
    // Something to send and a day to do it by: "send me the draft and I'll go through it tonight".
    'send me',
    'a call',
    'a chat',
    'are you free',
    'free for',
    'free on',
    'tomorrow at',
    'next monday',
    'next tuesday',
    'next wednesday',
    'next thursday',
    'next friday',
    'this afternoon',
    'this evening',
    // "a 20 minute call"; the hyphenated "20-minute call" is one word to the tokenizer.
    '* minute call',
    '* minute chat',
    'minute call',
    'minute chat',
  ],
  why: 'Proposes a concrete way to carry on.',
  examples: {
    match: [
      "Let's grab a coffee after the keynote.",
      'Shall we connect on LinkedIn?',
      "Send me the draft and I'll go through it tonight.",
    ],
    noMatch: ['Nice talk.', "Let's definitely grab a coffee sometime.", "Let's hope the beef beats last year's."],
  },
});

/** A sales pitch, or a favour asked of someone just met: "our platform helps…", "could you refer me?". */
export const pitchOrAsk = rule({
  id: 'networking.pitch_or_ask',
  check: 'networking/pitch_or_ask',
  effect: 'undermines',
  match:
    /\b(our (product|platform|solution|software|services?|tool|app|agency|firm offers|offering)|we (offer|sell|provide|specialise|specialize|help (companies|teams|firms|businesses))|i sell|(a|our) (free )?(demo|trial)|check out (our|my)|book a (demo|call with (me|us))|(special|exclusive) (offer|discount|pricing)|(are|is) (you|your (team|company)) hiring|(refer|recommend|introduce) me|put in a (good )?word|pass (on )?my (cv|resume|details)|send (you )?my (cv|resume|portfolio|deck)|(get|give) me (an intro|a referral|a job)|any (openings|vacancies|roles))\b/i,
  why: 'A pitch or an ask before any interest in the person is at most a polite exchange.',
  examples: {
    match: [
      'Our platform cuts onboarding time by half.',
      'Could you refer me to your hiring manager?',
      'Are you hiring at the moment?',
    ],
    noMatch: ['What brought you to the conference?'],
  },
});

export const NETWORKING_RULES = [hook, offer, nextStep, pitchOrAsk];
