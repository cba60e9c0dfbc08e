/**
 * The voice through the API (docs/voice.md): every screen reads the settings and what it can play; setup
 * changes the settings, saves the center's recordings, and exports or imports a voice pack.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../../shared/errors';
import { idParam } from '../../../shared/schemas';
import {
  recordedSegmentInput,
  segmentKey,
  voicePack,
  voiceSettingsPatch,
  VOICE_PACK_FORMAT,
  type VoicePack,
} from '../../../shared/voice-settings';
import { requireRole } from '../auth';
import type { RouteContext } from '../context';
import { parse } from '../parse';

/** One recording is a few seconds of audio; a pack is a whole center's recordings. */
const RECORDING_BODY_LIMIT = 6 * 1024 * 1024;
const PACK_BODY_LIMIT = 80 * 1024 * 1024;
/** Bundled files change only with a new Lượt (their URLs carry its version); recordings never change. */
const FOREVER = 'public, max-age=31536000, immutable';

export function voiceRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const { voice, events, setup } = core;
  const admin = requireRole('admin');
  const anyone = requireRole('admin', 'greeter', 'counter', 'display');
  const changed = () => events.emit({ kind: 'setup', at: Date.now(), what: 'voice' });

  app.get('/api/voice', { preHandler: anyone }, async () => voice.setup());

  app.patch('/api/voice', { preHandler: admin }, async (request) => {
    const settings = voice.settings.update(parse(voiceSettingsPatch, request.body ?? {}));
    changed();
    return { settings };
  });

  app.get('/api/voice/recordings/:id', { preHandler: anyone }, async (request, reply) => {
    const { mime, audio } = voice.recordings.audio(parse(idParam, request.params).id);
    return reply.type(mime).header('Cache-Control', FOREVER).send(audio);
  });

  app.put('/api/voice/recordings', { preHandler: admin, bodyLimit: RECORDING_BODY_LIMIT }, async (request) => {
    const [saved] = voice.recordings.save([parse(recordedSegmentInput, request.body)], 'recorded');
    changed();
    return { recording: saved };
  });

  app.delete('/api/voice/recordings/:key', { preHandler: admin }, async (request, reply) => {
    const { key } = parse(z.object({ key: segmentKey }), request.params);
    voice.recordings.retire(key);
    changed();
    return reply.status(204).send();
  });

  app.get('/api/voice/pack', { preHandler: admin }, async (_request, reply) => {
    const pack: VoicePack = {
      format: VOICE_PACK_FORMAT,
      version: 1,
      exportedAt: Date.now(),
      centerName: setup.settings().centerNameVi,
      segments: voice.recordings.exportAll(),
    };
    return reply.header('Content-Disposition', 'attachment; filename="luot-voice-pack.json"').send(pack);
  });

  app.post('/api/voice/pack', { preHandler: admin, bodyLimit: PACK_BODY_LIMIT }, async (request) => {
    const pack = parse(voicePack, request.body);
    voice.recordings.save(pack.segments, 'imported');
    changed();
    return { imported: pack.segments.length };
  });

  app.get('/api/voice/bundled/*', { preHandler: anyone }, async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    const file = voice.bundled.file(name);
    if (!file)
      throw notFound('VOICE_FILE_NOT_FOUND', {
        vi: 'Không có tệp giọng đọc này trong bộ giọng kèm theo.',
        en: 'The bundled voice has no such file.',
      });
    return reply.type(file.type).header('Cache-Control', FOREVER).send(file.bytes);
  });
}
