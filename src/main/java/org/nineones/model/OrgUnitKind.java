package org.nineones.model;

/** Levels of the org tree: company, department, workshop, team. */
public enum OrgUnitKind { COMPANY, DEPARTMENT, WORKSHOP, TEAM }
