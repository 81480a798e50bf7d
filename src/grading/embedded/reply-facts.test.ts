import { describe, expect, it } from 'vitest';
import { replyFacts } from './reply-facts';

describe('reply facts (the unit human coders label)', () => {
  it('types the reply by its most open question', () => {
    expect(replyFacts('Did it work? What changed?', 'It was hard.').question).toBe('open');
    expect(replyFacts('Did it work?', 'It was hard.').question).toBe('closed');
    expect(replyFacts('That makes sense.', 'It was hard.').question).toBe('none');
  });

  it('says whether asking is what the reply chiefly does', () => {
    expect(replyFacts('Sorry to hear that. What happened on Monday?', 'It was hard.').mainlyAsks).toBe(true);
    expect(
      replyFacts(
        'I went through something similar last year and it took me months to feel settled again. Did it help?',
        'It was hard.',
      ).mainlyAsks,
    ).toBe(false);
    expect(replyFacts('That makes sense.', 'It was hard.').mainlyAsks).toBe(false);
    expect(replyFacts('Sorry to hear that do you have anyone to talk to?', 'It was hard.').mainlyAsks).toBe(true);
    // A check of what was heard restates; it does not ask for something new.
    expect(replyFacts("So you're moving house next month?", 'We move in May.').mainlyAsks).toBe(false);
  });

  it('codes a question that only suggests something as advice, not as a question', () => {
    expect(replyFacts('Have you tried talking to your manager?', 'My manager keeps adding work.')).toMatchObject({
      question: 'none',
      advice: true,
    });
  });

  it('codes orders as advice, and directives inside a real question as asking', () => {
    const context = 'My manager keeps adding work.';
    expect(replyFacts('Try to block an hour for it every morning.', context).advice).toBe(true);
    expect(replyFacts("Don't let it get to you.", context).advice).toBe(true);
    expect(replyFacts('What could you do about it?', context)).toMatchObject({ advice: false, question: 'open' });
    expect(replyFacts('Tell me more about the new work.', context).advice).toBe(false);
    expect(replyFacts('Thank you for telling me.', context).advice).toBe(false);
    // The tagger reads these first verbs as nouns; the order's left-out "you" shows them as verbs.
    expect(replyFacts('Talk to your manager about it.', context).advice).toBe(true);
    expect(replyFacts('Use this time to rest.', context).advice).toBe(true);
    expect(replyFacts('Talk to Eleri, she knows the system.', context).advice).toBe(true);
    expect(replyFacts('Use the auto-fill and it will be done.', context).advice).toBe(true);
    expect(replyFacts('Talk me through the new work.', context).advice).toBe(false);
    expect(replyFacts('People with deadlines often feel this.', context).advice).toBe(false);
    expect(replyFacts('Stress about work is normal.', context).advice).toBe(false);
  });

  it('does not take a reported obligation or an attempt for advice', () => {
    const context = "I can't decide whether to borrow money for the party. I keep calling her and she never answers.";
    expect(replyFacts('It sounds like you have to decide whether the party is worth it.', context)).toMatchObject({
      reflection: true,
      advice: false,
    });
    expect(replyFacts('So you try to call her, and she never picks up.', context)).toMatchObject({
      reflection: true,
      advice: false,
    });
    expect(replyFacts('So you mean you are afraid you will fail.', context).reflection).toBe(true);
    expect(
      replyFacts("Let me make sure I've understood: the party matters, and the money worries you.", context),
    ).toMatchObject({ reflection: true, advice: false });
    expect(replyFacts("So it's hard to decide when the money is tight.", context).reflection).toBe(true);
    expect(replyFacts('Because you know that the money will run out.', context).reflection).toBe(true);
    // "You must be…" names a feeling; it is not an order.
    expect(replyFacts('You must be exhausted by all this.', context)).toMatchObject({
      reflection: true,
      advice: false,
    });
    expect(replyFacts('I can feel how stressed you are right now.', context).reflection).toBe(true);
  });

  it('codes a reply mostly about oneself as self-disclosure, not a reflection', () => {
    const context = 'My manager keeps adding work and I feel stuck.';
    expect(
      replyFacts('I had the same at my last job. I quit after a year. You sound stuck too.', context).reflection,
    ).toBe(false);
    expect(replyFacts('I can imagine. You sound stuck.', context).reflection).toBe(true);
  });

  it('recognises a reflection and a long monologue', () => {
    expect(
      replyFacts(
        'So the night shift was the hard part, not the model.',
        'Getting the night shift to trust it was the hard part.',
      ).reflection,
    ).toBe(true);
    expect(replyFacts('word '.repeat(70), 'Hi').monologue).toBe(true);
    // Forty words of chat are a turn, not a lecture.
    expect(replyFacts('word '.repeat(40), 'Hi').monologue).toBe(false);
  });

  it('does not call a full answer to their question a monologue', () => {
    const admission =
      "I made a mistake in Friday's report. I counted North's revenue twice, so growth is five percent, not nine. The regional chart and the commentary are wrong too, and so is the line that says North led the quarter. Everything else, the other regions and all the costs, is right. I'm sorry. I'll have a corrected report to you by two this afternoon, with the changes marked.";
    expect(replyFacts(admission, "Your message said it was urgent. What's going on?").monologue).toBe(false);
    expect(replyFacts(admission, 'Morning. I have a call at ten.').monologue).toBe(true);
  });

  it('does not count affirmations or pleasantries as reflections', () => {
    const context = "I'm going to ask my manager for a clearer plan.";
    expect(replyFacts('That sounds like a great plan.', context).reflection).toBe(false);
    expect(replyFacts("You're doing your best, and that's what matters.", context).reflection).toBe(false);
    expect(replyFacts("You're welcome, have a good night!", 'Thanks for the chat.').reflection).toBe(false);
    expect(replyFacts('You are more than welcome. Merry Christmas!', 'Thanks for the chat.').reflection).toBe(false);
    expect(replyFacts('That sounds fun, the plan I mean.', context).reflection).toBe(false);
    expect(replyFacts("You're absolutely right, it won't last forever.", context).reflection).toBe(false);
    expect(replyFacts('All right. Thank you so much.', 'It has been a long week, thank you.').reflection).toBe(false);
    expect(replyFacts('Okay, great. See you next week.', 'I will come back next week.').reflection).toBe(false);
    expect(
      replyFacts("Hi, I'm Sam, I run the pharmacy here and wanted to talk with you about your cholesterol.", 'Hello.')
        .reflection,
    ).toBe(false);
    expect(replyFacts('It sounds like you want the plan to be clearer.', context).reflection).toBe(true);
    // A wish about the partner's feelings does not say back what they feel.
    expect(replyFacts('I hope you feel better about it soon.', context).reflection).toBe(false);
  });

  it('takes a short statement that opens with "so" for a summary of what was heard', () => {
    const context = 'My sister drove me here, she has a job near the clinic.';
    expect(replyFacts('Okay, so she dropped you off on her way to work.', context).reflection).toBe(true);
    expect(replyFacts('Mm-hmm. So kind of a nine-to-five job.', context).reflection).toBe(true);
    expect(replyFacts("So, I'm going to write that down.", context).reflection).toBe(false);
    expect(replyFacts('So the good news is there is parking.', context).reflection).toBe(false);
    expect(replyFacts('So how did the drive go?', context).reflection).toBe(false);
  });

  it('takes one statement that gathers several of their words for a restatement, however long the reply', () => {
    const context = 'Marcus and I are signing for a flat on Friday, and the bank wants a letter confirming my job.';
    const reply =
      "A flat with Marcus on Friday and the bank wanting a job letter: that's a lot riding on this week. I can't tell you anything about the team, but Rajesh is the right person to ask, and HR can confirm your contract.";
    expect(replyFacts(reply, context).reflection).toBe(true);
    // A summary of several points is long by nature.
    const points =
      'Most of the deck was methodology. Your timeline had data in the first quarter. The fee was a third over budget.';
    const summary =
      "So three things: too much methodology and too little on the growers, a first-quarter timeline they can't meet, and a fee a third over your budget. Did I miss anything?";
    expect(replyFacts(summary, points).reflection).toBe(true);
    // Their words in a question, or in an order, do something else.
    expect(replyFacts('Did the bank ask for a job letter on Friday?', context).reflection).toBe(false);
  });

  it('does not take a question about feelings for a reflection, unless it checks what was heard', () => {
    const context = 'I had a few drinks after the review.';
    expect(replyFacts('And how do you feel after you drink?', context).reflection).toBe(false);
    expect(replyFacts('It sounds like the review hit hard, how are you coping?', context).reflection).toBe(true);
    expect(replyFacts("So you're saying the drinks help you unwind?", context).reflection).toBe(true);
    expect(replyFacts('What do you mean?', context).reflection).toBe(false);
    // A feeling named for their situation, whatever the subject.
    expect(replyFacts('Three late nights in a row sounds exhausting.', context).reflection).toBe(true);
  });

  it('codes advice offered as a question or an opinion as advice', () => {
    const context = 'I cannot sleep before the review.';
    expect(replyFacts('Might I suggest a short walk before bed?', context).advice).toBe(true);
    expect(replyFacts("It's best to write the worries down first.", context).advice).toBe(true);
    expect(replyFacts('It sounds like the review is weighing on you.', context).advice).toBe(false);
  });
});
