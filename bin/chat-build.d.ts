/** Bundles the web chat widget into dist/chat/chat.js (and chat.js.gz); resolves to its gzipped size in bytes. */
export function buildChatWidget(root: string): Promise<number>;
