// A Stryker test runner (stryker.config.json "testRunner": "vitest-static"): Stryker's own vitest runner, except that a
// mutant Stryker wants tested in a fresh environment — a *static* mutant, in code that runs when its module loads,
// like a module-level table of scopes — really gets one, and is active while its module loads.
//
// Why: with a test filter (`coverageAnalysis: "perTest"`, `--testFiles`) Stryker 9.6.1 asks the vitest runner to
// activate every mutant at runtime, in a `beforeAll` that runs after the test file has imported the module, and the
// runner ignores `reloadEnvironment`. A static mutant was therefore never active when its module's top level ran, and
// every one was reported as survived though its tests kill it applied by hand (stryker-mutator/stryker-js#6144,
// #6209). Stryker sorts these runs last, so the fresh Vitest they cost (a few seconds each) is paid by few mutants.
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from "@stryker-mutator/api/plugin";
import { strykerPlugins as vitestPlugins } from "@stryker-mutator/vitest-runner";

const vitest = vitestPlugins.find((p) => p.kind === PluginKind.TestRunner && p.name === "vitest");
if (!vitest) throw new Error("stryker-vitest-static: @stryker-mutator/vitest-runner no longer declares 'vitest'");

function createVitestStaticRunner(injector) {
  const runner = injector.injectFunction(vitest.factory);
  return {
    capabilities: () => runner.capabilities(),
    init: () => runner.init(),
    dryRun: (options) => runner.dryRun(options),
    dispose: () => runner.dispose(),
    async mutantRun(options) {
      if (!options.reloadEnvironment) return runner.mutantRun(options);
      // A new Vitest (new workers, no module cache), with the mutant active from the setup file on, before any
      // test file imports the code under test.
      await runner.dispose();
      await runner.init();
      return runner.mutantRun({ ...options, mutantActivation: "static" });
    },
  };
}
createVitestStaticRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, "vitest-static", createVitestStaticRunner)];
