// Dependency rules of the three rooms (see CONTRIBUTING.md). `npm run deps` checks them on src/;
// test/unit/dependencyRules.test.ts checks them on the real import graph and on planted violations.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core runs in any JavaScript runtime (worker, CLI, tests, a browser): it imports only src/core and the npm ' +
        'packages the core bundles (chrono-node, approx-string-match). No node builtins, no vscode, no src/node or src/extension.',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/(chrono-node|approx-string-match)/'] },
    },
    {
      name: 'node-not-extension',
      severity: 'error',
      comment: 'src/node (CLI, worker, file access) runs outside VS Code: it never imports src/extension nor vscode.',
      from: { path: '^src/node/' },
      to: { path: ['^src/extension/', '^vscode$', '^node_modules/@types/vscode/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules form a tree of layers: a cycle means two modules are one job, or one is in the wrong place.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve would hide the rules above (only vscode is provided by the host).',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a core file must not even name a Node or VS Code type.
    tsPreCompilationDeps: true,
    // node_modules may be a symlink (worktrees): keep its paths under node_modules/.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
