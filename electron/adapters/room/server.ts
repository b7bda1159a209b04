import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { participantNameSchema, roomCodeSchema, type ParticipantView, type RoomRefusal } from '../../../shared/room.ts';
import { RoomRefusalError, type RoomParticipants } from '../../core/index.ts';
import { guardListener, serverOptionsFor } from '../guardListener.ts';
import { readJsonBody } from '../requestBody.ts';
import { createCodeAttempts, ROOM_LIMITS, type RoomLimits } from './limits.ts';
import { loadParticipantPage, PARTICIPANT_CSP, type PageFile } from './page.ts';

export interface RoomServerOptions {
  participants: RoomParticipants;
  /** The address the room listens on: requests must name it (and the port) as their Host. */
  address: string;
  /** The built renderer; the participant page is read from it. */
  rendererDir: string;
  limits?: Partial<RoomLimits>;
  log?: (line: string) => void;
}

const REFUSAL_STATUS: Record<RoomRefusal, number> = {
  wrongCode: 403,
  slowDown: 429,
  nameTaken: 409,
  roomFull: 503,
  roomClosed: 410,
  removed: 410,
  notJoined: 401,
  votingClosed: 409,
  unknownChoice: 400,
  badRequest: 400,
  tooManyConnections: 503,
};

const joinSchema = z.object({ code: roomCodeSchema, name: participantNameSchema });
const voteSchema = z.object({ choice: z.string().min(1).max(200) });

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, reason: RoomRefusal, params?: Record<string, number>): void {
  sendJson(response, REFUSAL_STATUS[reason], { ok: false, reason, ...(params ? { params } : {}) });
}

function credentialOf(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

function event(view: ParticipantView): string {
  return `data: ${JSON.stringify(view)}\n\n`;
}

function isJoined(participants: RoomParticipants, credential: string): boolean {
  if (!credential) return false;
  try {
    participants.view(credential);
    return true;
  } catch {
    return false;
  }
}

/** Only pages this listener served may call it: a foreign Host (DNS rebinding) or Origin is refused. */
function isOwnRequest(request: IncomingMessage, host: string): boolean {
  if (request.headers.host !== host) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

/**
 * The participant listener: the participant page and its four methods (join, follow, vote,
 * leave), nothing of the facilitator's API. Electron-free, so both shells run this same code.
 */
export function createRoomServer(options: RoomServerOptions): Server {
  const limits = { ...ROOM_LIMITS, ...options.limits };
  const attempts = createCodeAttempts(limits);
  const page = loadParticipantPage(options.rendererDir);
  const { participants } = options;
  let host = '';

  function servePage(request: IncomingMessage, response: ServerResponse, file: PageFile | undefined): void {
    if (!file) return void sendJson(response, 404, { ok: false, reason: 'badRequest' });
    response.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': PARTICIPANT_CSP,
      ...SECURITY_HEADERS,
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function join(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = request.socket.remoteAddress ?? '';
    const wait = attempts.waitFor(address);
    if (wait > 0) return refuse(response, 'slowDown', { seconds: Math.ceil(wait / 1000) });
    const parsed = joinSchema.safeParse(await readJsonBody(request, limits.maxBodyBytes));
    if (!parsed.success) return refuse(response, 'badRequest');
    try {
      const joined = participants.join(parsed.data.code, parsed.data.name);
      attempts.right(address);
      sendJson(response, 200, { ok: true, value: joined });
    } catch (error) {
      if (error instanceof RoomRefusalError && error.reason === 'wrongCode') attempts.wrong(address);
      throw error;
    }
  }

  function follow(request: IncomingMessage, response: ServerResponse): void {
    const credential = credentialOf(request);
    participants.view(credential);
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      ...SECURITY_HEADERS,
      connection: 'keep-alive',
    });
    const heartbeat = setInterval(() => response.write(': still here\n\n'), limits.heartbeatMs);
    heartbeat.unref();
    const stop = participants.follow(credential, (view, ended) => {
      response.write(event(view));
      if (ended) response.end();
    });
    response.on('close', () => {
      stop();
      clearInterval(heartbeat);
    });
  }

  async function vote(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const credential = credentialOf(request);
    participants.view(credential);
    const parsed = voteSchema.safeParse(await readJsonBody(request, limits.maxBodyBytes));
    if (!parsed.success) return refuse(response, 'badRequest');
    sendJson(response, 200, { ok: true, value: await participants.vote(credential, parsed.data.choice) });
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isOwnRequest(request, host)) return refuse(response, 'badRequest');
    const path = new URL(request.url ?? '/', 'http://room').pathname;
    const method = request.method ?? '';
    if (method === 'GET' || method === 'HEAD') {
      if (path === '/follow') return method === 'GET' ? follow(request, response) : refuse(response, 'badRequest');
      return servePage(request, response, page?.get(path));
    }
    if (method !== 'POST') return refuse(response, 'badRequest');
    if (path === '/join') return join(request, response);
    if (path === '/vote') return vote(request, response);
    if (path === '/leave') {
      participants.leave(credentialOf(request));
      return sendJson(response, 200, { ok: true, value: null });
    }
    refuse(response, 'badRequest');
  }

  const server = createServer(serverOptionsFor(limits), (request, response) => {
    request.on('error', () => response.destroy());
    route(request, response).catch((error: unknown) => {
      if (error instanceof RoomRefusalError) return refuse(response, error.reason);
      options.log?.(`Room request failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(response, 500, { ok: false, reason: 'badRequest' });
    });
  });
  // A joined participant's connection keeps its place when strangers fill the room's sockets.
  guardListener(server, limits, { isOwnPage: (request) => isJoined(participants, credentialOf(request)) });
  server.on('listening', () => {
    const { port } = server.address() as { port: number };
    host = `${options.address}:${port}`;
  });
  return server;
}
