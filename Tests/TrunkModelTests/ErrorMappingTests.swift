import Foundation
import Testing
import TrunkModel

/// JSON:API error documents, and the form fields their `source.pointer`s name.
@Suite("Error mapping")
struct ErrorMappingTests {
    @Test("the reference's error examples decode to APIError lists", arguments: [
        ("error_422_taken", APIError(title: "has already been taken", detail: "name - has already been taken",
                                     code: "100", status: "422", pointer: "/data/attributes/name")),
        ("error_422_blank", APIError(title: "can't be blank", detail: "name - can't be blank",
                                     code: "100", status: "422", pointer: "/data/attributes/name")),
        ("error_400_filter", APIError(title: "Filter not allowed", detail: "bogus is not allowed.", code: "102", status: "400")),
        ("error_404", APIError(title: "Record not found",
                               detail: "The record identified by 01234567-89ab-cdef-0123-456789abcdef could not be found.",
                               code: "404", status: "404")),
    ])
    func referenceExamples(fixture: String, expected: APIError) throws {
        #expect(APIError.decodeDocument(try Fixture.data(fixture)) == [expected])
    }

    @Test("pointers name form fields", arguments: [
        ("/data/attributes/name", FieldKey.name),
        ("/data/attributes/capacity_limit", .capacityLimit),
        ("/data/attributes/rtp_timeout", .rtpTimeout),
        ("/data/attributes/authentication_method/attributes/allowed_sip_ips", .allowedSipIps),
        ("/data/attributes/authentication_method/attributes/tech_prefix", .techPrefix),
        ("/data/attributes/authentication_method/attributes/twilio_account_sid", .twilioAccountSid),
        ("/data/attributes/authentication_method/attributes/allowed_sip_ips/0", .allowedSipIps),
        ("/data/attributes/authentication_method", .authType),
        ("/data/attributes/authentication_method/type", .authType),
        ("/data/attributes/authentication_method/attributes/realm", .authType),
        ("/data/attributes/dst_prefixes/2", .dstPrefixes),
        ("/data/relationships/dids", .dids),
        ("/data/relationships/emergency_dids", .emergencyDids),
    ])
    func knownPointers(pointer: String, expected: FieldKey) {
        #expect(FieldKey(pointer: pointer) == expected)
        #expect(APIError(title: "is invalid", pointer: pointer).field == expected)
    }

    @Test("pointers that name no field map to nil", arguments: [
        "/data/attributes/bogus", "/data/attributes/username", "/data/relationships/default_did", "/data", "", "name",
    ])
    func unknownPointers(pointer: String) {
        #expect(FieldKey(pointer: pointer) == nil)
    }

    @Test("an error without a pointer names no field")
    func noPointer() {
        #expect(APIError(title: "Record not found").field == nil)
    }

    @Test("every field's own pointer maps back to it", arguments: FieldKey.allCases)
    func pointerRoundTrip(key: FieldKey) {
        #expect(FieldKey(pointer: key.pointer) == key)
    }

    @Test("several errors in one document are all kept, in order")
    func severalErrors() throws {
        let errors = APIError.decodeDocument(try Fixture.data("error_422_several"))
        #expect(errors.count == 5)
        #expect(errors.map(\.field) == [.rtpTimeout, .allowedSipIps, .authType, .dids, nil])
        #expect(errors.map(\.code) == ["100", "100", "100", "100", "400"])
        #expect(errors.last?.status == "400", "a numeric status is read as text")
        #expect(errors.first?.message == "rtp_timeout - must be less than or equal to 600")
        #expect(errors.last?.message == "Insufficient balance", "an empty detail falls back to the title")
    }

    @Test("bodies that are not errors documents give no errors", arguments: [
        "<html>502</html>", "", #"{"data":{"id":"1"}}"#, #"{"errors":{}}"#,
    ])
    func notAnErrorsDocument(body: String) {
        #expect(APIError.decodeDocument(Data(body.utf8)).isEmpty)
    }
}
