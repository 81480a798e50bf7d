/** Networking: a hook in the moment, interest in the person, an offer of value, a next step. */
import { rule } from './rule';

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
  ],
  why: 'Gives something: an introduction, a resource, help.',
  examples: {
    match: ["I'd be glad to introduce you to Mei.", 'I can send you the paper.'],
    noMatch: ['Can you send me your deck?'],
  },
});

export const nextStep = rule({
  id: 'networking.next_step',
  check: 'networking/next_step',
  effect: 'supports',
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
  ],
  why: 'Proposes a concrete way to carry on.',
  examples: {
    match: ["Let's grab a coffee after the keynote.", 'Shall we connect on LinkedIn?'],
    noMatch: ['Nice talk.'],
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
