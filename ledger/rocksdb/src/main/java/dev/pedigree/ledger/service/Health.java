package dev.pedigree.ledger.service;

/** What a health probe reports: the tree size and whether the writer takes submissions. */
public record Health(long treeSize, boolean accepting) {}
