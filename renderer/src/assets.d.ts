// Ambient (no imports or exports), so the wildcard declares a module instead of augmenting one.

/** Vite turns an imported asset into its URL in the build. */
declare module '*.svg' {
  const url: string;
  export default url;
}
