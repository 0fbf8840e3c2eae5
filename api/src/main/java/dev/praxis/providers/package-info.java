/** Training providers, the tracks they deliver, and how well each kind fits a track. */
package dev.praxis.providers;
