# expect: kzsh:Checksum-algorithm
PREFIX spdx: <http://spdx.org/rdf/terms#>
DELETE { ?c spdx:algorithm ?a } INSERT { ?c spdx:algorithm spdx:checksumAlgorithm_md5 }
WHERE { ?c spdx:algorithm ?a FILTER(STRENDS(STR(?c), "/ontology.ttl/sha256")) }
