package models

import (
	"reflect"
	"strconv"
	"strings"
)

// Schema returns a JSON Schema (draft 2020-12) for records of kind k, built
// from the record type: every field without omitempty is required, pointer
// fields may be null, no other properties are allowed, a field's desc tag
// is its description and its enum tag (comma-separated) its values.
func Schema(k Kind) map[string]any {
	s := schemaOf(reflect.TypeOf(Prototype(k)))
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = "https://github.com/stratex/stratex/schema/v1/" + string(k) + ".json"
	s["title"] = "stratex " + string(k) + " record (schema " + strconv.Itoa(SchemaVersion) + ")"
	return s
}

func schemaOf(t reflect.Type) map[string]any {
	switch t.Kind() {
	case reflect.Pointer:
		inner := schemaOf(t.Elem())
		return map[string]any{"anyOf": []any{inner, map[string]any{"type": "null"}}}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int32, reflect.Int64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Array:
		n := t.Len()
		return map[string]any{"type": "array", "items": schemaOf(t.Elem()), "minItems": n, "maxItems": n}
	case reflect.Slice:
		// A nil slice marshals as null; records always fill theirs, but a
		// reader should accept both.
		return map[string]any{"type": []any{"array", "null"}, "items": schemaOf(t.Elem())}
	case reflect.Struct:
		props := map[string]any{}
		var required []any
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" || !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				name = f.Name
			}
			prop := schemaOf(f.Type)
			if d := f.Tag.Get("desc"); d != "" {
				prop["description"] = d
			}
			if e := f.Tag.Get("enum"); e != "" {
				enumOf(prop, strings.Split(e, ","))
			}
			props[name] = prop
			if !strings.Contains(opts, "omitempty") {
				required = append(required, name)
			}
		}
		return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
	}
	return map[string]any{}
}

// enumOf restricts a string property, or the string of a nullable one, to
// the given values.
func enumOf(prop map[string]any, values []string) {
	vals := make([]any, len(values))
	for i, v := range values {
		vals[i] = v
	}
	if alts, ok := prop["anyOf"].([]any); ok {
		alts[0].(map[string]any)["enum"] = vals
		return
	}
	prop["enum"] = vals
}
