# expect: kzsh:Distribution-availability
PREFIX dcatap: <http://data.europa.eu/r5r/>
DELETE { ?d dcatap:availability ?a } WHERE { ?d dcatap:availability ?a FILTER(STRENDS(STR(?d), "/void.ttl")) }
