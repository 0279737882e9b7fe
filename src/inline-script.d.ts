/** Bundled, minified source of a script for an inline <script> (src/integrations/inline-script.ts). */
declare module '*?inline-script' {
  const code: string;
  export default code;
}
