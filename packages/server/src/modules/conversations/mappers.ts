import type { LocalizedText } from "../organizations/index.js";
import type { Statement } from "./moderation/statements.js";
import type { StaffConversationView, StaffStatementView } from "./responses.js";
import type { Conversation, InvitationLink, Segment } from "./service.js";
import { conversationState } from "./service.js";

/** Explicit response shapes: what leaves the API, and nothing else (schemas in responses.ts). */

export function toStaffConversation(
  c: Conversation,
  extra: {
    segments: Segment[];
    links: InvitationLink[];
    publicUrl: string;
    image: { url: string; alt: LocalizedText } | null;
  },
): StaffConversationView {
  return {
    id: c.id,
    publicId: c.publicId,
    title: c.title,
    description: c.description,
    allowStatements: c.allowStatements,
    moderationMode: c.moderationMode,
    statementMaxLength: c.statementMaxLength,
    opensAt: c.opensAt?.toISOString() ?? null,
    closesAt: c.closesAt?.toISOString() ?? null,
    visibility: c.visibility,
    resultsPublic: c.resultsPublic,
    imported: c.imported,
    state: conversationState(c),
    segments: extra.segments.map((s) => ({ id: s.id, key: s.key, name: s.name })),
    links: extra.links.map((l) => ({
      segmentKey: l.segmentKey,
      name: l.name,
      url: `${extra.publicUrl}${l.path}`,
    })),
    image: extra.image,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toStaffStatement(s: Statement): StaffStatementView {
  return {
    tid: s.tid,
    text: s.text,
    language: s.language,
    translations: s.translations,
    originalText: s.originalText,
    status: s.status,
    isMeta: s.isMeta,
    isSeed: s.isSeed,
    rejectReason: s.rejectReason,
    flags: s.flags,
    createdAt: s.createdAt.toISOString(),
    moderatedAt: s.moderatedAt?.toISOString() ?? null,
  };
}
