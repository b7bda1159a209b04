import { describe, expect, it } from 'vitest';
import { newSessionSchema } from './schema.ts';
import { participantNames } from './participants.ts';

describe('participants typed on one line', () => {
  it('are trimmed, blanks dropped, and a name typed twice kept once as first typed', () => {
    expect(participantNames(' Bram , Chris,, bram ,Anouk de Vries, CHRIS ')).toEqual([
      'Bram',
      'Chris',
      'Anouk de Vries',
    ]);
    expect(participantNames('')).toEqual([]);
    expect(participantNames(' , ,')).toEqual([]);
  });

  it('make a session the back end accepts, where the line itself named someone twice', () => {
    const session = {
      boardId: 'webshop-migration',
      title: 'Review',
      date: '2027-01-15',
      facilitator: 'Anouk',
      language: 'nl',
    } as const;
    expect(newSessionSchema.safeParse({ ...session, participants: ['Bram', 'Bram'] }).success).toBe(false);
    expect(newSessionSchema.safeParse({ ...session, participants: participantNames('Bram, Bram') }).success).toBe(true);
  });
});
