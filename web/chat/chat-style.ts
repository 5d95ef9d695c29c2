// The widget's styles, scoped under .flc so the host page's rules and ours do not meet; logical properties keep the
// layout right in right-to-left (Urdu).
export const CSS = `
.flc{position:fixed;inset-block-end:1rem;inset-inline-end:1rem;z-index:2147483000;font:15px/1.4 system-ui,sans-serif;color:#111}
.flc button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;padding:.45rem .8rem;margin-inline-end:.4rem}
.flc .flc-open{border-radius:999px;padding:.7rem 1.1rem;box-shadow:0 2px 8px #0004}
.flc-panel{position:absolute;inset-block-end:3.5rem;inset-inline-end:0;width:min(22rem,92vw);max-height:70vh;display:flex;flex-direction:column;background:#fff;border:1px solid #888;border-radius:10px;box-shadow:0 4px 16px #0005;padding:.8rem}
.flc-panel[hidden]{display:none}
.flc header{display:flex;justify-content:space-between;align-items:center}
.flc h2{font-size:1.05rem;margin:0}
.flc .flc-x{background:#fff;color:#111;border-color:#888}
.flc-body{overflow:auto}
.flc label{display:block;font-weight:600}
.flc input,.flc textarea{box-sizing:border-box;width:100%;font:inherit;padding:.35rem;border:1px solid #666;border-radius:4px}
.flc :focus-visible{outline:3px solid #f59e0b;outline-offset:1px}
.flc-log{list-style:none;margin:0;padding:0;max-height:40vh;overflow:auto}
.flc-log li{margin:.3rem 0;padding:.35rem .5rem;border-radius:6px;background:#eef2ff;white-space:pre-wrap;overflow-wrap:anywhere}
.flc-log .flc-visitor{background:#ecfdf5}
.flc-log .flc-system{background:none;color:#444;font-style:italic}
.flc-typing,.flc-status{min-height:1.2em;color:#333;margin:.3rem 0}
`;
