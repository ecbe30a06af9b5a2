"""Check-ins handed to the practice's own software: HL7 v2 ADT^A04 over MLLP (and FHIR)."""
