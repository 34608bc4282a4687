// POST /domain/zone/{zoneName}/record
// Needs the official wrapper: go mod init example && go get github.com/ovh/go-ovh/ovh
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/ovh/go-ovh/ovh"
)

// envOr reads an environment variable, with a fallback.
func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func main() {
	// Create the keys with exactly the rights this call needs at
	// https://eu.api.ovh.com/createToken/?POST=/domain/zone/*/record
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	// zoneName = example.com: Required. Zone name (type: string)
	body := map[string]any{
		"fieldType": "A",
		"subDomain": "api",
		"target":    "192.0.2.20",
		"ttl":       300,
	}
	var result any
	if err := client.Post("/domain/zone/example.com/record", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
