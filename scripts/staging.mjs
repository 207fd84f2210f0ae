// Shared by the post-build steps (scripts/post-build.mjs runs them in order): where Trunk staged the
// build, and how a step stops it with a reason.
import { basename } from "node:path";

/** Prints `why`, prefixed with the step's file name, and fails the build. */
export function fail(why) {
  console.error(`${basename(process.argv[1])}: ${why}`);
  process.exit(1);
}

/** The directory Trunk staged the build in. */
export const dir = process.env.TRUNK_STAGING_DIR || fail("runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
