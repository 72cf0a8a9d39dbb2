// Lets TypeScript accept the sidebar's CSS imports, which esbuild inlines into Sidebar.html.
declare module '*.css';
