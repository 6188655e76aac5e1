// @echogarden/espeak-ng-emscripten ships JavaScript without types; espeak.ts describes the part
// it uses and checks it at the call site.
declare module "@echogarden/espeak-ng-emscripten" {
  const factory: (options?: Record<string, unknown>) => Promise<unknown>;
  export default factory;
}
