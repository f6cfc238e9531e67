import FakeDidww
import Foundation
import Testing

@Suite("create, update, delete and regenerate")
struct WriteEndpointTests {
    private func patch(_ id: String, _ attributes: String) -> String {
        #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":\#(attributes)}}"#
    }

    @Test("PATCH with a bad value is 422 with the field's pointer; nothing changes")
    func validationPointer() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let reply = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: patch(id, #"{"capacity_limit":40000}"#))
            #expect(reply.status == 422)
            let error = try #require(reply.errors.first)
            #expect(reply.errors.count == 1)
            #expect(error["code"] as? String == "100")
            #expect(error["status"] as? String == "422")
            #expect((error["source"] as? [String: String])?["pointer"] == "/data/attributes/capacity_limit")
            #expect(error["detail"] as? String == "capacity_limit - must be less than or equal to 32767")
            let after = try await fake.get("/voice_out_trunks/\(id)")
            #expect(RunningFake.attributes(after.json["data"] as? [String: Any] ?? [:])["capacity_limit"] as? Int == 30)
        }
    }

    @Test("one 422 error per failing field, auth sub-fields point inside authentication_method")
    func severalErrors() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let attributes = #"{"rtp_timeout":5,"status":"paused","authentication_method":{"type":"credentials_and_ip","attributes":{"username":"me","tech_prefix":"12a"}}}"#
            let reply = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: patch(id, attributes))
            let pointers = Set(reply.errors.compactMap { ($0["source"] as? [String: String])?["pointer"] })
            #expect(pointers == [
                "/data/attributes/rtp_timeout", "/data/attributes/status",
                "/data/attributes/authentication_method/attributes/username",
                "/data/attributes/authentication_method/attributes/tech_prefix",
            ])
        }
    }

    @Test("a name that another trunk has is 422 has already been taken")
    func uniqueName() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let reply = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: patch(id, #"{"name":"Chicago Sales"}"#))
            #expect(reply.status == 422)
            #expect(reply.errors.first?["title"] as? String == "has already been taken")
            #expect(reply.errors.first?["detail"] as? String == "name - has already been taken")
        }
    }

    @Test("read-only or unknown attributes are 400; a mismatched id is 409")
    func notAllowed() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let readOnly = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: patch(id, #"{"threshold_reached":true}"#))
            #expect(readOnly.status == 400)
            #expect(readOnly.errors.first?["code"] as? String == "105")
            let mismatch = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: patch("other", "{}"))
            #expect(mismatch.status == 409)
        }
    }

    @Test("create, regenerate credentials, delete")
    func lifecycle() async throws {
        try await RunningFake.with { fake in
            let body = #"{"data":{"type":"voice_out_trunks","attributes":{"name":"Test trunk","authentication_method":{"type":"credentials_and_ip","attributes":{"allowed_sip_ips":["203.0.113.5/32"]}}}}}"#
            let created = try await fake.send("POST", "/voice_out_trunks", body: body)
            #expect(created.status == 201)
            let resource = created.json["data"] as? [String: Any] ?? [:]
            let id = try #require(resource["id"] as? String)
            let attributes = RunningFake.attributes(resource)
            #expect(attributes["threshold_amount"] as? String == "3000.0")
            #expect(attributes["rtp_timeout"] as? Int == 30)
            let method = (attributes["authentication_method"] as? [String: Any])?["attributes"] as? [String: Any]
            let username = method?["username"] as? String ?? ""
            #expect(username.count == 10)
            #expect((method?["password"] as? String)?.count == 16)

            let regenerate = #"{"data":{"type":"voice_out_trunk_regenerate_credentials","relationships":{"voice_out_trunk":{"data":{"type":"voice_out_trunks","id":"\#(id)"}}}}}"#
            let receipt = try await fake.send("POST", "/voice_out_trunk_regenerate_credentials", body: regenerate)
            #expect(receipt.status == 201)
            #expect((receipt.json["data"] as? [String: Any])?["attributes"] == nil)
            let reread = try await fake.get("/voice_out_trunks/\(id)")
            let newMethod = (RunningFake.attributes(reread.json["data"] as? [String: Any] ?? [:])["authentication_method"]
                as? [String: Any])?["attributes"] as? [String: Any]
            #expect(newMethod?["username"] as? String != username)

            #expect(try await fake.client.send("DELETE", "\(fake.base)/voice_out_trunks/\(id)").status == 204)
            #expect(try await fake.get("/voice_out_trunks/\(id)").status == 404)
        }
    }

    @Test("a direct edit shows up in the next read")
    func directEdit() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            #expect(fake.server.mutateTrunk(id: id, attribute: "status", value: "blocked"))
            #expect(fake.server.mutateTrunk(id: id, attribute: "authentication_method.attributes.tech_prefix", value: "42#"))
            #expect(!fake.server.mutateTrunk(id: id, attribute: "no_such_attribute", value: 1))
            let twilio: [String: Any] = ["type": "twilio", "attributes": ["twilio_account_sid": "AC" + String(repeating: "0", count: 32)]]
            let other = fake.server.trunkIDs()[1]
            #expect(fake.server.mutateTrunk(id: other, attribute: "authentication_method", value: twilio))
            #expect(fake.server.mutateTrunk(id: other, attribute: "capacity_limit", value: nil))
            let otherReply = try await fake.get("/voice_out_trunks/\(other)")
            let otherAttributes = RunningFake.attributes(otherReply.json["data"] as? [String: Any] ?? [:])
            #expect((otherAttributes["authentication_method"] as? [String: Any])?["type"] as? String == "twilio")
            #expect(otherAttributes["capacity_limit"] is NSNull)
            let reply = try await fake.get("/voice_out_trunks/\(id)")
            let attributes = RunningFake.attributes(reply.json["data"] as? [String: Any] ?? [:])
            #expect(attributes["status"] as? String == "blocked")
            let method = (attributes["authentication_method"] as? [String: Any])?["attributes"] as? [String: Any]
            #expect(method?["tech_prefix"] as? String == "42#")
        }
    }
}
