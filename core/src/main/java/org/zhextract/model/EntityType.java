package org.zhextract.model;

/** The entity types of ANNOTATION.md. */
public enum EntityType {
    PERSON, ORG, LOC, EVENT
}
