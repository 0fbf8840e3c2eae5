package dev.praxis.graphql.relay;

/** A value with a row id: what cursors and global IDs are made of. */
public interface Identified {
    long id();
}
