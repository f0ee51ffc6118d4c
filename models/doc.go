// Package models holds the data model of stratex: the record types of the
// output contract (schema version 1) that every stage produces and every
// writer consumes. "models" means the data model, not statistical models.
// The package does no I/O.
package models
