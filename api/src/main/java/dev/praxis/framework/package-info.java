/** The reference model: audiences, the standard tracks and phases, failure modes, providers and benchmark figures. */
package dev.praxis.framework;
