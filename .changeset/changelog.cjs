// Changelog lines for `changeset version` (issue #13): the release lines of @changesets/cli's
// default generator, but no "Updated dependencies" block in every dependent package's changelog
// each time a package below it is released (the new dependency range is in package.json).
const base = require('@changesets/cli/changelog').default;

module.exports = {
  getReleaseLine: base.getReleaseLine,
  getDependencyReleaseLine: async () => '',
};
