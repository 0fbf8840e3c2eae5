/** Vendor plugins in the server: loading and isolation, connections with encrypted secrets, the sync engine, learner matching. */
package dev.praxis.plugins;
