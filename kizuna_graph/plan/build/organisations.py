"""The organisations of a plan file: each as an ORG formal organisation (IMI 法人型/組織型), and its contact
point as an organisational unit with a vCard address and telephone and fax numbers."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, SKOS

from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import Contact, Organisation
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import IC, VCARD


def organisation(w: Writer, org: Organisation) -> None:
    iri = w.at(w.orgs[org.id], org.line)
    w.add(iri, RDF.type, ORG.FormalOrganization)
    w.add(iri, RDF.type, IC["法人型"] if org.kind == "social-welfare-corporation" else IC["組織型"])
    w.text(iri, SKOS.prefLabel, org.name)
    if org.homepage:
        w.add(iri, FOAF.homepage, URIRef(org.homepage))
    if org.local_government_code:
        # 全国地方公共団体コード: six digits with check digit; e-Stat's standard area code drops it.
        w.add(iri, DCTERMS.identifier, Literal(org.local_government_code))
        w.add(iri, ORG.identifier, Literal(org.local_government_code[:5]))
    if org.area:
        w.add(iri, DCTERMS.spatial, URIRef(org.area))
    w.text(iri, SKOS.editorialNote, org.editorial_note)
    if org.contact is not None:
        _contact(w, org, iri, org.contact)


def _contact(w: Writer, org: Organisation, iri: URIRef, contact: Contact) -> None:
    unit = w.at(mint(w.base, "org", org.id, contact.id), contact.line)
    w.add(unit, RDF.type, ORG.OrganizationalUnit)
    w.add(unit, RDF.type, VCARD.Organization)
    w.add(unit, ORG.unitOf, iri)
    w.add(iri, ORG.hasUnit, unit)
    w.text(unit, SKOS.prefLabel, contact.name)
    w.text(unit, VCARD.fn, contact.name)
    address = mint(w.base, "org", org.id, contact.id, "address")
    w.add(unit, VCARD.hasAddress, address)
    w.add(address, RDF.type, VCARD.Address)
    w.add(address, VCARD["postal-code"], Literal(contact.address.postal_code))
    w.add(address, VCARD.region, Literal(contact.address.region, lang="ja"))
    w.add(address, VCARD.locality, Literal(contact.address.locality, lang="ja"))
    w.add(address, VCARD["street-address"], Literal(contact.address.street, lang="ja"))
    w.add(address, VCARD["country-name"], Literal("Japan", lang="en"))
    full = contact.address.region + contact.address.locality + contact.address.street
    w.add(address, VCARD.label, Literal(f"〒{contact.address.postal_code} {full}", lang="ja"))
    if contact.address.en:
        w.add(address, VCARD.label, Literal(contact.address.en, lang="en"))
    w.text(address, SKOS.editorialNote, contact.address.editorial_note)
    for kind, number in ((VCARD.Voice, contact.telephone), (VCARD.Fax, contact.fax)):
        if number is None:
            continue
        phone = mint(w.base, "org", org.id, contact.id, "fax" if kind == VCARD.Fax else "telephone")
        w.add(unit, VCARD.hasTelephone, phone)
        w.add(phone, RDF.type, kind)
        w.add(phone, VCARD.hasValue, URIRef("tel:+81-" + number.removeprefix("0")))
        w.add(phone, SKOS.notation, Literal(number))
    if contact.website:
        w.add(unit, VCARD.hasURL, URIRef(contact.website))
