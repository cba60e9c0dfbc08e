/**
 * Rows of the endpoint table: the call announcements' voice (docs/voice.md) — the settings every display reads,
 * setup's recordings (and their audio) and voice packs (src/server/http/routes/voice.ts). The bundled voice's files
 * are static assets outside /api (`/voice-files/…`, the same in every center), like the screens' own files.
 */
import { z } from 'zod';
import type { FileAnswer } from '../../api';
import {
  recordedSegmentInput,
  segmentKey,
  voicePack,
  voiceSettingsPatch,
  type RecordedSegment,
  type VoiceSettings,
  type VoiceSetup,
} from '../../voice-settings';
import { idParam } from '../../schemas';
import { ADMIN, answer, ep, none, SIGNED_IN } from '../endpoint-kit';

/** One recording is a few seconds of audio; a pack is a whole center's recordings. */
const RECORDING_BODY_LIMIT = 6 * 1024 * 1024;
const PACK_BODY_LIMIT = 80 * 1024 * 1024;

export const VOICE_ENDPOINTS = {
  voice: ep({
    method: 'GET',
    path: '/api/voice',
    roles: SIGNED_IN,
    input: none,
    answer: answer<VoiceSetup>(),
    summary: 'The voice settings and every segment a display can play (recorded, bundled, the syllable bank).',
  }),
  updateVoice: ep({
    method: 'PATCH',
    path: '/api/voice',
    roles: ADMIN,
    input: voiceSettingsPatch,
    answer: answer<{ settings: VoiceSettings }>(),
    summary:
      'Change the voice settings: source, templates, number reading, repeats, volume, rate, which displays speak.',
  }),
  saveRecording: ep({
    method: 'PUT',
    path: '/api/voice/recordings',
    roles: ADMIN,
    input: recordedSegmentInput,
    answer: answer<{ recording: RecordedSegment }>(),
    bodyLimit: RECORDING_BODY_LIMIT,
    summary: "Save the center's own recording of one segment (it replaces the bundled one).",
  }),
  retireRecording: ep({
    method: 'DELETE',
    path: '/api/voice/recordings/:key',
    roles: ADMIN,
    input: z.object({ key: segmentKey }),
    answer: answer<null>(),
    summary: 'Stop using a recording (kept, never deleted); the bundled segment speaks again. 204.',
  }),
  voiceAudio: ep({
    method: 'GET',
    path: '/api/voice/audio/:id',
    roles: SIGNED_IN,
    input: idParam,
    answer: answer<FileAnswer>(),
    media: true,
    summary: "A recording's audio (WAV or WebM), as the voice lists it; cached for good (a new take gets a new id).",
  }),
  exportVoicePack: ep({
    method: 'GET',
    path: '/api/voice/pack',
    roles: ADMIN,
    input: none,
    answer: answer<FileAnswer>(),
    download: true,
    summary: "The center's recordings as one voice pack (JSON) for another center.",
  }),
  importVoicePack: ep({
    method: 'POST',
    path: '/api/voice/pack',
    roles: ADMIN,
    input: voicePack,
    answer: answer<{ imported: number }>(),
    bodyLimit: PACK_BODY_LIMIT,
    summary: "Load another center's voice pack: its recordings replace the bundled segments they cover.",
  }),
};
