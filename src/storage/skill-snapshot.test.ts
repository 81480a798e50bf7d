import { describe, expect, it } from 'vitest';
import { skillSnapshot } from './skill-snapshot';

const reply = (levels: Record<string, number>) => ({ levels });

describe('how a skill stands now', () => {
  it('is the mean of its last ten levels, counting only replies graded on it', () => {
    const old = Array.from({ length: 5 }, () => reply({ clarity: 0 }));
    const recent = Array.from({ length: 10 }, (_, i) =>
      reply(i % 2 ? { clarity: 4 } : { clarity: 2, accountability: 1 }),
    );
    const [clarity, accountability] = skillSnapshot([...old, ...recent], { skills: ['clarity', 'accountability'] });
    expect(clarity).toEqual({ id: 'clarity', mean: 3, count: 10 });
    expect(accountability).toEqual({ id: 'accountability', mean: 1, count: 5 });
  });

  it('gives a skill never graded a count of nought, and lists the skills graded in the order first graded', () => {
    expect(skillSnapshot([reply({ clarity: 2 })], { skills: ['open_questions'] })).toEqual([
      { id: 'open_questions', mean: 0, count: 0 },
    ]);
    const grade = (criteria: { id: string; level: number }[]) => ({ grade: { criteria } });
    expect(
      skillSnapshot(
        [
          grade([{ id: 'active_listening', level: 1 }]),
          grade([
            { id: 'clarity', level: 3 },
            { id: 'active_listening', level: 2 },
          ]),
        ],
        { recent: Infinity },
      ),
    ).toEqual([
      { id: 'active_listening', mean: 1.5, count: 2 },
      { id: 'clarity', mean: 3, count: 1 },
    ]);
  });
});
