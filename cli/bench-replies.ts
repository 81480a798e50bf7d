/**
 * A fixed, realistic set of replies (20 to 150 words) for `npm run bench`, each with the persona
 * line it answers. Written for the benchmark; not taken from any dataset.
 */
export const BENCH_REPLIES: { context: string; reply: string }[] = [
  {
    context: 'Oh, hi. Sorry, just checking when the next session starts. Were you in the automation panel too?',
    reply:
      "I was, yes. I'm Sam, I run operations at a third-party logistics firm in Antwerp. It ran long, didn't it? I'd love to hear the part about your pilot that you didn't get to. What were you hoping to show?",
  },
  {
    context: 'Getting the night shift to trust it was the hard part. They had seen three "smart" systems come and go.',
    reply:
      "So the model was the easy bit and the people were the real work. That sounds frustrating, especially after three systems that didn't last. What finally changed their minds about this one?",
  },
  {
    context:
      "Now I need to do the same at six more sites, and I honestly don't know how other companies handle the change side of it.",
    reply:
      "Six more sites is a big step, and it sounds like the change side worries you more than the technology. A colleague of mine led the same kind of rollout across our depots last year. I'd be happy to introduce you. Could we swap details and talk properly after the keynote?",
  },
  {
    context: "Hi. You wanted a chat? I've got about twenty minutes before my next call. What's up?",
    reply:
      "Thanks for making time. On Tuesday the segment list arrived two days after the date we agreed, and nobody told me it would be late. That meant the renewal email went out after the webinar it was meant to promote. I'd like to understand what happened on your side. What was going on that week?",
  },
  {
    context: "Sorry, where's this coming from? If you're saying I'm unreliable, I don't think that's fair.",
    reply:
      "You're right, and I'm not saying that. Most of what you send us is early. This is about one list last week, and I should have been clearer. What I need is a heads-up when a date is at risk, so I can plan around it. How could we make that easier for you?",
  },
  {
    context: "Come in, sit down. Your message said you needed ten minutes urgently. What's going on?",
    reply:
      "I made a mistake in the Q3 report that went to the leadership team on Friday. A formula double-counted the North region, so growth shows as nine per cent when it is really five. I'm sorry. I'll have a corrected version and a short note for the board pack to you by two o'clock today.",
  },
  {
    context: 'Right. How do we make sure this does not happen again?',
    reply:
      "Two things. From this quarter I'll reconcile the regional totals against the ledger before anything goes out, and I've asked Priya to review the summary tab each month. I'll also add a check cell to the template that flags any total that doesn't match. I can walk you through it on Friday.",
  },
  {
    context: 'Honestly, I basically just need the rota to work. It is kind of a lot at the moment.',
    reply:
      'It sounds like the rota is taking up most of your week, and on top of learning a new ward that is a lot. I built the last two, so I know where the tricky bits are. What would help most right now: a second pair of eyes on the gaps, or me talking you through how I did the bank staff?',
  },
  {
    context: "I'm not signing off on an app my people will ignore. We tried this in 2019 and it went nowhere.",
    reply:
      "That's fair, and I hadn't known about 2019. What happened with it? I'd rather understand why it failed before asking you to try again, because if your team doesn't use it, it doesn't make anyone safer.",
  },
  {
    context: "Is it true, about the merger? I'm about to sign for the flat and I need to know.",
    reply:
      "I can hear how much is riding on this for you and your husband. I'm not able to talk about anything I might have heard in confidence, and I'd say the same to anyone. What I can do is help you think through the decision itself. Would it help to talk about what you'd need to feel sure?",
  },
  {
    context: "Thanks. I honestly didn't expect to get it, with you and Marco both applying too.",
    reply:
      "Congratulations, you earned it. The WhatsApp claims pilot changed how our customers talk to us, and the way you brought the call-centre team with you was the best bit. How did you get them on board so quickly? I'd love to learn from that.",
  },
  {
    context: 'It was fine. Bit quiet. Still finding my way around.',
    reply:
      "The first weeks always feel like that. I'm curious about what you did before. Nine years in the army must be very different from a design office. What do you miss about it, and what are you glad to leave behind?",
  },
  {
    context: 'I have read your proposal. To be honest, it missed the mark for us.',
    reply:
      "Thank you for telling me straight. I'd like to understand where it went wrong rather than defend it. Which parts felt furthest from what you needed, and what would a proposal that hit the mark have looked like to you?",
  },
  {
    context: 'The costing works. Seventy per cent yield is what every supplier quotes.',
    reply:
      'I can see why you used the supplier figure, and the dish is a great idea. My concern is the yield: our last three test ribs came out at fifty-five per cent, not seventy, which would put the plate cost above twenty pounds. Could we cost it on our own numbers and look at them together before the menu goes to print?',
  },
  {
    context: 'Sure, send it over. I will have a look when I get a chance.',
    reply:
      "Thanks, I will. I'd find it most useful if you could be really honest rather than kind. In particular, does the outcomes section convince you that the money will change something, and where would a funder lose interest? Even one or two blunt notes would help.",
  },
  {
    context: 'Oh right, the trade fair. Sorry, remind me what we talked about?',
    reply:
      "Of course, it was a busy week. We met at the Anuga stand on Tuesday. You mentioned that your supermarket audit asks for a full trace-back in four hours and that it took your team most of a day last time. I've been thinking about that since. How did the audit go in the end?",
  },
  {
    context: 'We decided to push the launch to March. It was not an easy call.',
    reply:
      'March gives everyone a bit more room. I know you weighed it up carefully. What tipped the decision in the end, and is there anything my team can take off your plate between now and then?',
  },
  {
    context: 'Honestly I am drowning. Three deadlines this week and my manager keeps adding more.',
    reply:
      "That sounds exhausting, and it isn't sustainable. You should just tell your manager no. Don't worry, everyone goes through this at some point, at least it's only one week. Anyway, I had the same thing last year and I basically survived by working weekends.",
  },
  {
    context: 'We are trialling a four-day week in the design team from next month.',
    reply:
      'Interesting. In order to leverage the synergies going forward, it is important to note that the deliverables were circled back on by the team in terms of bandwidth, and actionable learnings were identified due to the fact that alignment was achieved at this point in time.',
  },
  {
    context: 'The client wants the files by Friday and I am not sure we can make it.',
    reply:
      'Okay. Do you think we can make it? Is it the design or the copy? Have you told them? Can we ask for Monday? Would overtime help?',
  },
  {
    context: 'How did the quarter go for your team?',
    reply:
      'Good, thanks. We closed the two big renewals, hired a new analyst, and finally got the reporting pack down to one page. How was yours?',
  },
  {
    context: "I keep getting pulled into meetings I don't need to be in, and my own work slips to the evenings.",
    reply:
      "So the meetings are eating the day, and the work that is actually yours ends up in your evenings. That sounds draining, and I can imagine it is frustrating when you can see the slip happening. I have been there too, in my first year as a lead, and it took me a while to see which meetings really needed me. What would change for you if you could drop, say, a third of them? And which ones do you think you could hand to someone else without anything breaking? If it helps, I'd be happy to sit down with your calendar for half an hour on Thursday and go through it with you, meeting by meeting, and we can decide together what to keep. No pressure either way, of course; you know your week far better than I do.",
  },
  {
    context: 'I think the migration plan is solid. We cut over all twelve services in one weekend.',
    reply:
      "I can see the appeal of one clean weekend, and you know these services better than anyone here. My worry is the payments service: last time it took us six hours just to get the replicas back in sync, and if that happens again on Saturday night we have eleven other services waiting behind it with no room to roll back before Monday. Could we move payments and the two services that depend on it to the following weekend, and do the other nine as planned? That keeps most of the benefit of a single cut-over and gives us a clear fallback. I'd like to hear where you think that would cause problems, because you may well see something I don't. What would you need to see to be comfortable with splitting it?",
  },
];
