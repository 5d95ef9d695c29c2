import { channelError } from "../channels.errors.ts";
import type { TelephonyEvent } from "./receive-telephony-event.ts";
import type { CallState } from "./telephony.ts";

// Twilio's CallStatus values, in our three states: every way a call stops is its end.
const STATES: Record<string, CallState> = {
  queued: "ringing",
  initiated: "ringing",
  ringing: "ringing",
  "in-progress": "answered",
  completed: "ended",
  busy: "ended",
  "no-answer": "ended",
  canceled: "ended",
  failed: "ended",
};

function field(params: Readonly<Record<string, string>>, name: string, max: number): string {
  const value = params[name]?.trim();
  if (!value || value.length > max) throw channelError("TELEPHONY_FIELD_INVALID", `body.${name}`);
  return value;
}

/** A Twilio-style status post as the documented telephony event (AgentExtension is our own optional parameter). */
export function twilioEvent(params: Readonly<Record<string, string>>, now: Date): TelephonyEvent {
  const state = STATES[field(params, "CallStatus", 40)];
  if (!state) throw channelError("TELEPHONY_FIELD_INVALID", "body.CallStatus");
  const stamped = params.Timestamp ? new Date(params.Timestamp) : now;
  const recording = params.RecordingUrl?.trim();
  return {
    callId: field(params, "CallSid", 200),
    direction: params.Direction?.startsWith("outbound") ? "outbound" : "inbound",
    from: field(params, "From", 60),
    to: field(params, "To", 60),
    state,
    agentExtension: params.AgentExtension?.trim() || null,
    recordingUrl: recording && /^https?:\/\//i.test(recording) ? recording.slice(0, 2000) : null,
    at: Number.isNaN(stamped.getTime()) ? now : stamped,
  };
}
