package org.zhextract.model;

/** Quantity types of SCHEMA.md. */
public enum QuantityType {
    QUANTITY, MONEY, PERCENT
}
