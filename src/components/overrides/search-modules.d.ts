// Types for the modules the Search override imports that ship none: two Starlight virtual modules
// (as Starlight's vite-virtual-modules.js defines them) and the Pagefind UI.
declare module 'virtual:starlight/pagefind-config' {
  /** Starlight's `pagefind` option (ranking and the like), passed to the Pagefind UI. */
  export const pagefindUserConfig: Record<string, unknown>;
}

declare module 'virtual:starlight/project-context' {
  const project: { build: { format: string }; root: string; srcDir: string; trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}

// @pagefind/default-ui (a dependency of Starlight) ships no types; this is the part we call.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
