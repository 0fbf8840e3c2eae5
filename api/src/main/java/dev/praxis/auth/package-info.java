/** API keys: minting, hashing and turning a bearer token into the calling organization. */
package dev.praxis.auth;
