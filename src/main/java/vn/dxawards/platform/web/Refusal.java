package vn.dxawards.platform.web;

import jakarta.enterprise.context.RequestScoped;

/** The code of the refusal a request ended in, noted where the refusal is turned into a response. */
@RequestScoped
public class Refusal {

    private String code;

    public void note(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
