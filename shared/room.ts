import { z } from 'zod';
import { localizedTextSchema } from './text.ts';

/**
 * The room: participants' own devices on the meeting's network, voting on the current item. These
 * are the shapes the facilitator's API and the participant listener share.
 */

/** Abstaining is always a choice; it cannot be an option id, since board ids are lower-case words. */
export const ABSTAIN = '(abstain)';

export const MAX_ROOM_PARTICIPANTS = 100;

export const VOTE_MODES = ['named', 'anonymous'] as const;
export const voteModeSchema = z.enum(VOTE_MODES);
export type VoteMode = z.infer<typeof voteModeSchema>;

export const VOTING_PHASES = ['none', 'open', 'closed', 'revealed'] as const;
export type VotingPhase = (typeof VOTING_PHASES)[number];

/** A choice to the number of votes for it; the abstentions under ABSTAIN. */
export const voteCountsSchema = z.record(z.string().max(200), z.number().int().min(0));
export type VoteCounts = z.infer<typeof voteCountsSchema>;

/** One of the laptop's network addresses, named by its interface, that the room can listen on. */
export const networkAddressSchema = z.object({
  name: z.string(),
  address: z.string(),
  internal: z.boolean(),
});
export type NetworkAddress = z.infer<typeof networkAddressSchema>;

export const roomCodeSchema = z.string().trim().max(20);
export const participantNameSchema = z.string().trim().min(1).max(200);

/** What the facilitator sees of the room: never a participant's choice before the reveal. */
export const roomStatusSchema = z.object({
  open: z.boolean(),
  sessionId: z.string().nullable(),
  mode: voteModeSchema,
  code: z.string().nullable(),
  joinUrl: z.string().nullable(),
  /** The join address as a QR code, drawn offline: one SVG path of dark modules in a size-by-size square. */
  qr: z.object({ size: z.number().int().positive(), path: z.string() }).nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string(), voted: z.boolean() })),
  voting: z.object({
    itemId: z.string().nullable(),
    phase: z.enum(VOTING_PHASES),
    voted: z.number().int().min(0),
    of: z.number().int().min(0),
    /** Who voted (named mode only), never for what. */
    voters: z.array(z.string()),
    /** The room's votes with the facilitator's keyed-in ones, once revealed. */
    tally: voteCountsSchema.nullable(),
  }),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

const roomOptionSchema = z.object({ id: z.string(), label: localizedTextSchema, recommended: z.boolean() });

/** Everything a participant's page is sent: the current item's public face and the vote, nothing more. */
export const participantViewSchema = z.object({
  room: z.enum(['open', 'closed', 'removed']),
  name: z.string(),
  item: z
    .object({
      id: z.string(),
      title: localizedTextSchema,
      summary: localizedTextSchema.nullable(),
      options: z.array(roomOptionSchema),
      recommendation: localizedTextSchema.nullable(),
    })
    .nullable(),
  voting: z.object({
    phase: z.enum(VOTING_PHASES),
    myChoice: z.string().nullable(),
    tally: voteCountsSchema.nullable(),
  }),
});
export type ParticipantView = z.infer<typeof participantViewSchema>;

/** Why the room refused a participant's request: the participant page words each in its language. */
export const ROOM_REFUSALS = [
  'wrongCode',
  'slowDown',
  'nameTaken',
  'roomFull',
  'roomClosed',
  'removed',
  'notJoined',
  'votingClosed',
  'unknownChoice',
  'badRequest',
  'tooManyConnections',
] as const;
export type RoomRefusal = (typeof ROOM_REFUSALS)[number];

/** The actor of an anonymous vote's audit event: the count changed, nobody in particular. */
export const ANONYMOUS_ACTOR = 'anonymous';
